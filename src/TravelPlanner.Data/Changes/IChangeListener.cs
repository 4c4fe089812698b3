namespace TravelPlanner.Data.Changes;

/// <summary>
/// Told about every committed write (<see cref="ChangeAnnouncer"/>). The Redis cache is one
/// (<see cref="Caching.RedisCacheInvalidator"/>); read-your-writes tracking for standbys is meant to be another.
/// Called after the commit and before the write returns to its caller; must not throw.
/// </summary>
internal interface IChangeListener
{
    /// <summary>The reads of <paramref name="users"/> of kind <paramref name="kind"/> changed (no users: shared data).</summary>
    Task OnCommittedAsync(ChangeKind kind, IReadOnlyCollection<Guid> users);
}
