namespace TravelPlanner.Data.Resilience;

/// <summary>
/// The connection broke while a result was being read, and the driver reported it as a closed reader
/// (<see cref="InvalidOperationException"/>) rather than a network error: a read may run again, a write's outcome is unknown.
/// </summary>
internal sealed class ConnectionBrokenException(Exception innerException)
    : Exception("The PostgreSQL connection broke while a result was being read.", innerException);
