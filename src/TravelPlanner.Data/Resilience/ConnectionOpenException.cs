namespace TravelPlanner.Data.Resilience;

/// <summary>Marks a failure to open a connection: nothing reached the server, so any statement may be retried.</summary>
internal sealed class ConnectionOpenException(Exception innerException)
    : Exception("Could not open a PostgreSQL connection.", innerException);
