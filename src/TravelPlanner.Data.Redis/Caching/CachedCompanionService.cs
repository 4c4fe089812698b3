using TravelPlanner.Data.Models;
using TravelPlanner.Data.Services;

namespace TravelPlanner.Data.Caching;

/// <summary>
/// <see cref="ICompanionService"/> with the seed's caching: a creator's companion pages for 5 min, dropped
/// by their create, update, delete and link (the repository's writes announce it; see <see cref="Changes.ChangeAnnouncer"/>).
/// Trip membership and search are not cached (as in the seed). Writes pass straight through.
/// </summary>
internal sealed class CachedCompanionService(ICompanionService inner, CacheStore cache) : ICompanionService
{
    public Task<CompanionPage> GetUserCompanionsAsync(Guid userId, int page = 1, int limit = 20, CancellationToken cancellationToken = default) =>
        cache.GetOrLoadAsync(
            CacheScheme.Companions,
            userId.ToString(),
            CacheScheme.Field(page, limit),
            CacheJsonContext.Default.CompanionPage,
            (Inner: inner, UserId: userId, Page: page, Limit: limit),
            static (s, ct) => s.Inner.GetUserCompanionsAsync(s.UserId, s.Page, s.Limit, ct),
            cancellationToken);

    public Task<Companion> CreateCompanionAsync(CompanionDetails details, Guid userId, CancellationToken cancellationToken = default) =>
        inner.CreateCompanionAsync(details, userId, cancellationToken);

    public Task<Companion> UpdateCompanionAsync(Guid companionId, CompanionDetails details, Guid userId, CancellationToken cancellationToken = default) =>
        inner.UpdateCompanionAsync(companionId, details, userId, cancellationToken);

    public Task DeleteCompanionAsync(Guid companionId, Guid userId, CancellationToken cancellationToken = default) =>
        inner.DeleteCompanionAsync(companionId, userId, cancellationToken);

    public Task<TripCompanion> AddCompanionToTripAsync(Guid companionId, Guid tripId, Guid userId, CancellationToken cancellationToken = default) =>
        inner.AddCompanionToTripAsync(companionId, tripId, userId, cancellationToken);

    public Task RemoveCompanionFromTripAsync(Guid companionId, Guid tripId, Guid userId, CancellationToken cancellationToken = default) =>
        inner.RemoveCompanionFromTripAsync(companionId, tripId, userId, cancellationToken);

    public Task<IReadOnlyList<Companion>> SearchCompanionsAsync(Guid userId, string query, int limit = 10, CancellationToken cancellationToken = default) =>
        inner.SearchCompanionsAsync(userId, query, limit, cancellationToken);

    public Task<Companion> LinkCompanionToAccountAsync(Guid companionId, Guid accountUserId, Guid userId, CancellationToken cancellationToken = default) =>
        inner.LinkCompanionToAccountAsync(companionId, accountUserId, userId, cancellationToken);
}
