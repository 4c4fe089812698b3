using Microsoft.Extensions.Logging;

namespace TravelPlanner.Data.Migrations;

internal static partial class MigratorLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Applied migration {Script}")]
    public static partial void ScriptApplied(ILogger logger, string script);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Information, Message = "Undid migration {Script}")]
    public static partial void ScriptUndone(ILogger logger, string script);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Debug, Message = "DbUp: {Message}")]
    public static partial void DbUpMessage(ILogger logger, string message);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "DbUp: {Message}")]
    public static partial void DbUpWarning(ILogger logger, string message);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Error, Message = "DbUp: {Message}")]
    public static partial void DbUpError(ILogger logger, Exception? exception, string message);
}
