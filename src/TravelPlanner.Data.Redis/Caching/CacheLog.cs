using Microsoft.Extensions.Logging;

namespace TravelPlanner.Data.Caching;

internal static partial class CacheLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "Redis call failed ({Operation}); serving from PostgreSQL")]
    public static partial void RedisFailed(ILogger logger, Exception exception, string operation);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Redis circuit opened for {BreakSeconds} s; cache bypassed")]
    public static partial void CircuitOpened(ILogger logger, double breakSeconds);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "Redis circuit closed; caching resumed")]
    public static partial void CircuitClosed(ILogger logger);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information, Message = "Replayed {Count} invalidation(s) missed while Redis was unavailable")]
    public static partial void InvalidationsReplayed(ILogger logger, int count);

}
