using TravelPlanner.Data.Models;
using TravelPlanner.Data.Services;

namespace TravelPlanner.Data.Caching;

/// <summary>
/// <see cref="ITripService"/> with the seed's caching, trip lists (5 min) and trip statistics (10 min), and trip details
/// (5 min, per reader: beyond the seed, issue 16) from Redis; every write drops what it changed in the trips group of the
/// owner and of everyone the owner shares trips with before it returns (the repository's writes announce it; see
/// <see cref="Changes.ChangeAnnouncer"/>). Search and standalone items are not cached (as in the seed). Writes pass
/// straight through.
/// </summary>
internal sealed class CachedTripService(ITripService inner, CacheStore cache, TimeProvider clock) : ITripService
{
    public Task<PagedResult<TripSummary>> GetUserTripsAsync(
        Guid userId, TripFilter filter = TripFilter.All, int page = 1, int limit = 20, CancellationToken cancellationToken = default) =>
        cache.GetOrLoadAsync(
            CacheScheme.TripLists,
            userId.ToString(),
            // "Today" is part of the field: at midnight UTC a trip moves from upcoming to current without any write.
            CacheScheme.Field(filter.ToString().ToLowerInvariant(), page, limit, CacheScheme.Today(clock)),
            CacheJsonContext.Default.PagedResultTripSummary,
            (Inner: inner, UserId: userId, Filter: filter, Page: page, Limit: limit),
            static (s, ct) => s.Inner.GetUserTripsAsync(s.UserId, s.Filter, s.Page, s.Limit, ct),
            cancellationToken);

    // Per reader: the reader's access decides whether there is a result, and IsShared is theirs. A trip the reader may
    // not see throws NotFoundException, which is never stored.
    public Task<TripDetails> GetTripWithDetailsAsync(Guid tripId, Guid userId, CancellationToken cancellationToken = default) =>
        cache.GetOrLoadAsync(
            CacheScheme.TripDetails,
            userId.ToString(),
            tripId.ToString(),
            CacheJsonContext.Default.TripDetails,
            (Inner: inner, TripId: tripId, UserId: userId),
            static (s, ct) => s.Inner.GetTripWithDetailsAsync(s.TripId, s.UserId, ct),
            cancellationToken);

    public Task<Trip> CreateTripAsync(CreateTrip command, Guid userId, CancellationToken cancellationToken = default) =>
        inner.CreateTripAsync(command, userId, cancellationToken);

    public Task<Trip> UpdateTripAsync(Guid tripId, UpdateTrip command, Guid userId, CancellationToken cancellationToken = default) =>
        inner.UpdateTripAsync(tripId, command, userId, cancellationToken);

    public Task DeleteTripAsync(Guid tripId, Guid userId, CancellationToken cancellationToken = default) =>
        inner.DeleteTripAsync(tripId, userId, cancellationToken);

    public Task<TripStatistics> GetTripStatisticsAsync(Guid userId, CancellationToken cancellationToken = default) =>
        cache.GetOrLoadAsync(
            CacheScheme.TripStatistics,
            userId.ToString(),
            CacheScheme.Today(clock),
            CacheJsonContext.Default.TripStatistics,
            (Inner: inner, UserId: userId),
            static (s, ct) => s.Inner.GetTripStatisticsAsync(s.UserId, ct),
            cancellationToken);

    public Task<IReadOnlyList<TripSummary>> SearchTripsAsync(Guid userId, string query, int limit = 20, CancellationToken cancellationToken = default) =>
        inner.SearchTripsAsync(userId, query, limit, cancellationToken);

    public Task<StandaloneItems> GetStandaloneItemsAsync(Guid userId, CancellationToken cancellationToken = default) =>
        inner.GetStandaloneItemsAsync(userId, cancellationToken);
}
