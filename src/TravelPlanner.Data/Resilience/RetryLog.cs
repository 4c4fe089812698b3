using Microsoft.Extensions.Logging;

namespace TravelPlanner.Data.Resilience;

/// <summary>The retries' log lines (EventIds 3001-3099).</summary>
internal static partial class RetryLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Transient PostgreSQL failure ({ErrorType}); retry {Attempt} in {DelayMs} ms")]
    public static partial void Retrying(ILogger logger, Exception? exception, string errorType, int attempt, double delayMs);
}
