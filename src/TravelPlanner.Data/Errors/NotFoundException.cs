namespace TravelPlanner.Data.Errors;

/// <summary>
/// The thing does not exist, or it belongs to another user: the two are deliberately indistinguishable
/// so that ids of other users' data reveal nothing.
/// </summary>
public sealed class NotFoundException : TravelPlannerException
{
    /// <summary>Creates the exception.</summary>
    public NotFoundException(string resource, object? id, Exception? innerException = null)
        : base(id is null ? $"{resource} not found." : $"{resource} {id} not found.", innerException)
    {
        Resource = resource;
        Id = id?.ToString();
    }

    /// <summary>What was looked for, e.g. <c>trip</c>.</summary>
    public string Resource { get; }

    /// <summary>The id that was looked for, when there was one.</summary>
    public string? Id { get; }
}
