namespace TravelPlanner.Data.Errors;

/// <summary>The request clashes with the current state: a duplicate (e-mail, voucher number), or a state that forbids it.</summary>
public sealed class ConflictException : TravelPlannerException
{
    /// <summary>Creates the exception; <paramref name="field"/> names the clashing field when there is one.</summary>
    public ConflictException(string message, string? field = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Field = field;
    }

    /// <summary>The field that clashed (e.g. <c>email</c>), or null when the clash is about state.</summary>
    public string? Field { get; }
}
