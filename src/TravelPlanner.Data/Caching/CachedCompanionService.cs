using TravelPlanner.Data.Models;
using TravelPlanner.Data.Services;

namespace TravelPlanner.Data.Caching;

/// <summary>
/// <see cref="ICompanionService"/> with the seed's caching: a creator's companion pages for 5 min, dropped
/// by their create, update, delete and link. Trip membership and search are not cached (as in the seed).
/// </summary>
internal sealed class CachedCompanionService(ICompanionService inner, CacheStore cache, ICacheInvalidator invalidator) : ICompanionService
{
    public Task<CompanionPage> GetUserCompanionsAsync(Guid userId, int page = 1, int limit = 20, CancellationToken cancellationToken = default) =>
        cache.GetOrLoadAsync(
            CacheRegions.Companions,
            userId.ToString(),
            CacheFields.Of(page, limit),
            CacheJsonContext.Default.CompanionPage,
            ct => inner.GetUserCompanionsAsync(userId, page, limit, ct),
            cancellationToken);

    public async Task<Companion> CreateCompanionAsync(CompanionDetails details, Guid userId, CancellationToken cancellationToken = default)
    {
        var companion = await inner.CreateCompanionAsync(details, userId, cancellationToken).ConfigureAwait(false);
        await invalidator.CompanionsChangedAsync(userId).ConfigureAwait(false);
        return companion;
    }

    public async Task<Companion> UpdateCompanionAsync(Guid companionId, CompanionDetails details, Guid userId, CancellationToken cancellationToken = default)
    {
        var companion = await inner.UpdateCompanionAsync(companionId, details, userId, cancellationToken).ConfigureAwait(false);
        await invalidator.CompanionsChangedAsync(userId).ConfigureAwait(false);
        return companion;
    }

    public async Task DeleteCompanionAsync(Guid companionId, Guid userId, CancellationToken cancellationToken = default)
    {
        await inner.DeleteCompanionAsync(companionId, userId, cancellationToken).ConfigureAwait(false);
        await invalidator.CompanionsChangedAsync(userId).ConfigureAwait(false);
    }

    public Task<TripCompanion> AddCompanionToTripAsync(Guid companionId, Guid tripId, Guid userId, CancellationToken cancellationToken = default) =>
        inner.AddCompanionToTripAsync(companionId, tripId, userId, cancellationToken);

    public Task RemoveCompanionFromTripAsync(Guid companionId, Guid tripId, Guid userId, CancellationToken cancellationToken = default) =>
        inner.RemoveCompanionFromTripAsync(companionId, tripId, userId, cancellationToken);

    public Task<IReadOnlyList<Companion>> SearchCompanionsAsync(Guid userId, string query, int limit = 10, CancellationToken cancellationToken = default) =>
        inner.SearchCompanionsAsync(userId, query, limit, cancellationToken);

    public async Task<Companion> LinkCompanionToAccountAsync(Guid companionId, Guid accountUserId, Guid userId, CancellationToken cancellationToken = default)
    {
        // The cached page carries the companion's linked account (UserId).
        var companion = await inner.LinkCompanionToAccountAsync(companionId, accountUserId, userId, cancellationToken).ConfigureAwait(false);
        await invalidator.CompanionsChangedAsync(userId).ConfigureAwait(false);
        return companion;
    }
}
