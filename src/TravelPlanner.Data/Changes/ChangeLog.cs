using Microsoft.Extensions.Logging;

namespace TravelPlanner.Data.Changes;

internal static partial class ChangeLog
{
    [LoggerMessage(EventId = 2005, Level = LogLevel.Error, Message = "Could not read whom user {OwnerId} shares trips with; their cached trip lists may be stale until they expire")]
    public static partial void AudienceUnavailable(ILogger logger, Exception exception, Guid ownerId);
}
