namespace TravelPlanner.Data.Errors;

/// <summary>
/// Input was refused; nothing was written. <see cref="Errors"/> names every invalid field of the command with its reason
/// (a command is checked whole before it throws); <see cref="Field"/> and <see cref="Reason"/> are the first of them.
/// </summary>
public sealed class ValidationException : TravelPlannerException
{
    /// <summary>Creates the exception for one invalid <paramref name="field"/>.</summary>
    public ValidationException(string field, string message, Exception? innerException = null)
        : base($"{field}: {message}", innerException)
    {
        Field = field;
        Reason = message;
        Errors = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) { [field] = [message] };
    }

    /// <summary>Creates the exception for several invalid fields (field to reasons, in the order met; at least one).</summary>
    public ValidationException(IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> errors)
        : this(Materialise(errors))
    {
    }

    private ValidationException(IReadOnlyList<KeyValuePair<string, IReadOnlyList<string>>> errors)
        : base(string.Join(" ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")))
    {
        Field = errors[0].Key;
        Reason = errors[0].Value[0];
        Errors = errors.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
    }

    /// <summary>The first field that was refused, in the camelCase of the models and the schema.</summary>
    public string Field { get; }

    /// <summary>Why <see cref="Field"/> was refused, without the field name.</summary>
    public string Reason { get; }

    /// <summary>Every refused field (camelCase) with the reasons, without the field name; one entry when one field was wrong.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Errors { get; }

    private static List<KeyValuePair<string, IReadOnlyList<string>>> Materialise(IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var list = errors.Where(e => e.Value.Count > 0).ToList();
        return list.Count > 0 ? list : throw new ArgumentException("At least one field with a reason is needed.", nameof(errors));
    }
}
