using Microsoft.Extensions.Logging;
using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Repositories;

namespace TravelPlanner.Data.Caching;

/// <summary>
/// Invalidation over <see cref="CacheStore"/>: one script per affected user and group (O(1) each, no KEYS or
/// SCAN). Trip writes also reach the users the owner shares trips with, read from PostgreSQL after the commit.
/// </summary>
internal sealed class RedisCacheInvalidator(CacheStore cache, TripRepository trips, ILogger<RedisCacheInvalidator> logger) : ICacheInvalidator
{
    public async Task<IReadOnlyCollection<Guid>> GetTripAudienceAsync(Guid ownerId, CancellationToken cancellationToken) =>
        await trips.ListTripAudienceAsync(ownerId, cancellationToken).ConfigureAwait(false);

    public async Task TripsChangedAsync(Guid ownerId, IReadOnlyCollection<Guid>? audienceReadBefore = null)
    {
        if (audienceReadBefore is not null)
        {
            // A delete read the whole audience before its commit; a second read would find only less.
            await InvalidateAsync(CacheRegions.TripsGroup, audienceReadBefore.Append(ownerId).Distinct()).ConfigureAwait(false);
            return;
        }

        var users = new HashSet<Guid> { ownerId };
        // The owner's own entries go at once, while whom the owner shares trips with is read.
        var direct = InvalidateAsync(CacheRegions.TripsGroup, users);

        // Read after the commit: anyone who gains access later is invalidated by their own accept.
        // Never cancelled by the caller: the write has committed, its invalidation must follow.
        IReadOnlyCollection<Guid> audience;
        try
        {
            audience = await trips.ListTripAudienceAsync(ownerId, CancellationToken.None).ConfigureAwait(false);
        }
        catch (TravelPlannerException e)
        {
            CacheLog.AudienceUnavailable(logger, e, ownerId);
            audience = [];
        }

        await Task.WhenAll(direct, InvalidateAsync(CacheRegions.TripsGroup, audience.Where(u => !users.Contains(u)).ToList())).ConfigureAwait(false);
    }

    public Task UserTripsChangedAsync(Guid userId) => cache.InvalidateAsync(CacheRegions.TripsGroup, userId.ToString());

    public Task CompanionsChangedAsync(Guid creatorId) => cache.InvalidateAsync(CacheRegions.CompanionsGroup, creatorId.ToString());

    public Task VouchersChangedAsync(IEnumerable<Guid> ownerIds) => InvalidateAsync(CacheRegions.VouchersGroup, ownerIds.Distinct());

    public Task AirportsChangedAsync() => cache.InvalidateAsync(CacheRegions.AirportsGroup, owner: null);

    // One script per user (each user's keys sit in their own cluster slot), sent concurrently.
    private Task InvalidateAsync(string group, IEnumerable<Guid> users) =>
        Task.WhenAll(users.Select(user => cache.InvalidateAsync(group, user.ToString())));
}
