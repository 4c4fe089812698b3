namespace TravelPlanner.Data.Errors;

/// <summary>
/// The database failed in a way the caller cannot fix by changing the input (unreachable, timed out
/// after retries, an unexpected server error). The inner exception carries the driver's error.
/// </summary>
public sealed class DataAccessException : TravelPlannerException
{
    /// <summary>Creates the exception.</summary>
    public DataAccessException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
