namespace TravelPlanner.Data.Errors;

/// <summary>
/// Every connection of the pool stayed busy for the whole pool timeout (<c>Timeout</c> in the connection string). Not a
/// fault of the server, so it is never retried: the caller learns at the first timeout, and the message gives the pool
/// size to raise (<c>Maximum Pool Size</c>) or the load to shed.
/// </summary>
public sealed class ConnectionPoolExhaustedException : TravelPlannerException
{
    /// <summary>Creates the exception for a pool of <paramref name="maxPoolSize"/> connections.</summary>
    public ConnectionPoolExhaustedException(int maxPoolSize, TimeSpan timeout, Exception? innerException = null)
        : base(
            $"The connection pool is exhausted: all {maxPoolSize} connections (Maximum Pool Size) stayed busy for the "
            + $"{timeout.TotalSeconds:0.###} s pool timeout.",
            innerException)
    {
        MaxPoolSize = maxPoolSize;
    }

    /// <summary>The pool's size (<c>Maximum Pool Size</c>).</summary>
    public int MaxPoolSize { get; }
}
