namespace TravelPlanner.Data.Errors;

/// <summary>
/// Base of every error the library's public methods throw on purpose: <see cref="ValidationException"/>,
/// <see cref="NotFoundException"/>, <see cref="ConflictException"/>. Nothing else escapes a public
/// method except <see cref="OperationCanceledException"/>, <see cref="DataAccessException"/>
/// (the database could not be reached or failed in a way no caller can fix) and
/// <see cref="ConnectionPoolExhaustedException"/> (every pooled connection stayed busy).
/// </summary>
public abstract class TravelPlannerException : Exception
{
    /// <summary>Creates the exception.</summary>
    protected TravelPlannerException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
