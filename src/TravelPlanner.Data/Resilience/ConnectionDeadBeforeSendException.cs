namespace TravelPlanner.Data.Resilience;

/// <summary>
/// A pooled connection was found dead (its backend terminated while it sat idle) before the statement was sent
/// (<see cref="IdleConnectionProbe"/>): nothing reached the server, so any statement, write or not, may be retried.
/// </summary>
internal sealed class ConnectionDeadBeforeSendException(Exception innerException)
    : Exception("The pooled PostgreSQL connection was dead before the statement was sent; nothing was applied.", innerException);
