namespace TravelPlanner.Data.Caching;

/// <summary>
/// What a committed write tells the cache (the seed's Pattern 2). Every method runs after the write's
/// transaction committed and before the write returns, so no reader sees the old data once it has
/// returned. Without Redis the registered implementation does nothing (<see cref="NullCacheInvalidator"/>).
/// Never throws: a Redis failure is logged, counted and replayed (see <see cref="CacheStore"/>).
/// </summary>
internal interface ICacheInvalidator
{
    /// <summary>The users besides <paramref name="ownerId"/> whose cached trip lists may show the owner's trips (none without a cache).</summary>
    Task<IReadOnlyCollection<Guid>> GetTripAudienceAsync(Guid ownerId, CancellationToken cancellationToken);

    /// <summary>
    /// A trip or trip item of <paramref name="ownerId"/> changed: drops the trips group of the owner and of the
    /// owner's audience, read after the commit, or <paramref name="audienceReadBefore"/> when the write had to
    /// read it before (a delete takes the trip's invitations with it).
    /// </summary>
    Task TripsChangedAsync(Guid ownerId, IReadOnlyCollection<Guid>? audienceReadBefore = null);

    /// <summary>What <paramref name="userId"/> alone sees of trips changed (an invitation was answered or revoked).</summary>
    Task UserTripsChangedAsync(Guid userId);

    /// <summary>The companions created by <paramref name="creatorId"/> changed.</summary>
    Task CompanionsChangedAsync(Guid creatorId);

    /// <summary>The vouchers of these owners changed.</summary>
    Task VouchersChangedAsync(IEnumerable<Guid> ownerIds);

    /// <summary>The airports table was reloaded.</summary>
    Task AirportsChangedAsync();
}
