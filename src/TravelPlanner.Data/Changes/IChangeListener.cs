namespace TravelPlanner.Data.Changes;

/// <summary>
/// Told about every committed write (<see cref="ChangeAnnouncer"/>). The Redis cache is one
/// (<c>RedisCacheInvalidator</c>, package TravelPlanner.Data.Redis); read-your-writes tracking for standbys is another
/// (<see cref="Replicas.CommitPositionRecorder"/>).
/// Called after the commit and before the write returns to its caller; must not throw.
/// </summary>
internal interface IChangeListener
{
    /// <summary>
    /// True for a listener every other must wait for (<see cref="Replicas.CommitPositionRecorder"/>: a cache key dropped
    /// before the user's commit position is known could be refilled from a standby that has not replayed the write).
    /// </summary>
    bool RunsFirst => false;

    /// <summary>The reads of <paramref name="users"/> of kind <paramref name="kind"/> changed (no users: shared data).</summary>
    Task OnCommittedAsync(ChangeKind kind, IReadOnlyCollection<Guid> users);
}
