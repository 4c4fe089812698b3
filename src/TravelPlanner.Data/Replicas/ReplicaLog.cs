using Microsoft.Extensions.Logging;

namespace TravelPlanner.Data.Replicas;

internal static partial class ReplicaLog
{
    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning, Message = "Could not store a commit position in Redis; other application instances may serve the user from a standby that has not replayed the write")]
    public static partial void PositionNotShared(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Error, Message = "Could not read the primary's WAL position after a commit; reads of {UserCount} users go to the primary for the next hour")]
    public static partial void PositionUnavailable(ILogger logger, Exception exception, int userCount);
}
