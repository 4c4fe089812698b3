using TravelPlanner.Data.Errors;

namespace TravelPlanner.Data.Services;

/// <summary>The failed checks of one command (<see cref="Validate.All{T}"/>), in the order met; the first reason for each field.</summary>
internal sealed class ValidationErrors
{
    private readonly Dictionary<string, IReadOnlyList<string>> _errors = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    public int Count => _order.Count;

    public void Add(string field, string message)
    {
        // One reason a field: the one a throwing check would have given (a blank e-mail is "required", not also "no e-mail").
        if (_errors.TryAdd(field, [message]))
        {
            _order.Add(field);
        }
    }

    public void Add(ValidationException exception)
    {
        foreach (var (field, messages) in exception.Errors)
        {
            Add(field, messages[0]);
        }
    }

    public ValidationException ToException() =>
        new(_order.Select(field => KeyValuePair.Create(field, _errors[field])));
}
