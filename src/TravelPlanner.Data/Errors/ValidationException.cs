namespace TravelPlanner.Data.Errors;

/// <summary>Input was refused; <see cref="Field"/> names the offending field (e.g. <c>returnDate</c>). Nothing was written.</summary>
public sealed class ValidationException : TravelPlannerException
{
    /// <summary>Creates the exception for <paramref name="field"/>.</summary>
    public ValidationException(string field, string message, Exception? innerException = null)
        : base($"{field}: {message}", innerException)
    {
        Field = field;
        Reason = message;
    }

    /// <summary>The field that was refused, in the camelCase of the models and the schema.</summary>
    public string Field { get; }

    /// <summary>Why it was refused, without the field name.</summary>
    public string Reason { get; }
}
