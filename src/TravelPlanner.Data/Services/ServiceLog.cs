using Microsoft.Extensions.Logging;

namespace TravelPlanner.Data.Services;

/// <summary>The services' log lines (EventIds 3101-3199): what a caller was refused, at Debug; never e-mails or passwords.</summary>
internal static partial class ServiceLog
{
    [LoggerMessage(EventId = 3101, Level = LogLevel.Debug, Message = "Login refused: {Reason}")]
    public static partial void LoginRefused(ILogger logger, string reason);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Debug, Message = "Password of user {UserId} rehashed at the current work factor")]
    public static partial void PasswordRehashed(ILogger logger, Guid userId);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Debug, Message = "User {UserId} registered")]
    public static partial void Registered(ILogger logger, Guid userId);
}
