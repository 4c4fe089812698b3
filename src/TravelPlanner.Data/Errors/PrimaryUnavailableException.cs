namespace TravelPlanner.Data.Errors;

/// <summary>
/// A write (or a transaction, or a read that must see every commit) needed the primary and no server answered as
/// one after the usual retries, or the primary went away while the statement ran (its outcome is then unknown, as
/// for any connection lost mid-write). Thrown only when standbys are configured; reads keep working from a standby
/// meanwhile. The library does no failover itself: once the replication manager (Patroni, the cloud's managed
/// failover) promotes a standby, Npgsql finds the new primary among the configured hosts by itself.
/// </summary>
public sealed class PrimaryUnavailableException : TravelPlannerException
{
    /// <summary>Creates the exception; <paramref name="innerException"/> is the driver's error.</summary>
    public PrimaryUnavailableException(Exception? innerException = null)
        : base("The primary PostgreSQL server is unavailable: writes cannot be made until it is back or a standby is promoted (a write under way when it went away may or may not have been applied).", innerException)
    {
    }
}
