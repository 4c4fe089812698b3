namespace TravelPlanner.Data.Changes;

/// <summary>
/// What one write changed, stated where the write is run (the repository's call to
/// <see cref="Repositories.QueryExecutor"/>) and announced by the executor once it committed
/// (<see cref="ChangeAnnouncer"/>). Listeners turn it into what they keep: the Redis cache drops keys.
/// </summary>
/// <param name="Kind">Which reads changed.</param>
/// <param name="Users">The users whose reads changed (empty for shared data).</param>
internal sealed record DataChange(ChangeKind Kind, IReadOnlyList<Guid> Users)
{
    /// <summary>The write changed nothing any reader keeps.</summary>
    public static readonly DataChange None = new(ChangeKind.None, []);

    /// <summary>The airports were reloaded.</summary>
    public static readonly DataChange Airports = new(ChangeKind.Airports, []);

    /// <summary>
    /// The trip reads of exactly these users: an invitation answered or revoked, or a write to an owner's trips with the
    /// audience it read (<see cref="Repositories.QueryExecutor.WriteOwnerTripsAsync{T}"/>).
    /// </summary>
    public static DataChange TripsOf(IReadOnlyList<Guid> userIds) => new(ChangeKind.Trips, userIds);

    /// <summary>A trip created: its owner's lists and statistics (nobody is invited to a trip that did not exist).</summary>
    public static DataChange TripCreated(Guid ownerId) => new(ChangeKind.TripCreated, [ownerId]);

    /// <summary>
    /// The trip details of exactly these users (an owner and the audience the write read): a trip's companions, an item's
    /// travellers, or a companion profile shown in them changed.
    /// </summary>
    public static DataChange TripDetailsOf(IReadOnlyList<Guid> userIds) => new(ChangeKind.TripDetails, userIds);

    /// <summary>The companions created by <paramref name="creatorId"/>.</summary>
    public static DataChange Companions(Guid creatorId) => new(ChangeKind.Companions, [creatorId]);

    /// <summary>The vouchers of <paramref name="ownerId"/>.</summary>
    public static DataChange Vouchers(Guid ownerId) => new(ChangeKind.Vouchers, [ownerId]);

    /// <summary>The vouchers of these owners.</summary>
    public static DataChange Vouchers(IReadOnlyList<Guid> ownerIds) => new(ChangeKind.Vouchers, ownerIds);

    /// <summary>
    /// A write by <paramref name="userId"/> that no cached read depends on (an invitation sent): announced only so the
    /// user's next reads come from a server that has replayed it.
    /// </summary>
    public static DataChange Uncached(Guid userId) => new(ChangeKind.None, [userId]);

    /// <summary>True when there is nothing to announce.</summary>
    public bool IsNone => Users.Count == 0 && Kind != ChangeKind.Airports;
}
