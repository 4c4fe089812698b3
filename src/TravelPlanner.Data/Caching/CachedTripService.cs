using TravelPlanner.Data.Models;
using TravelPlanner.Data.Services;

namespace TravelPlanner.Data.Caching;

/// <summary>
/// <see cref="ITripService"/> with the seed's caching: trip lists (5 min) and trip statistics (10 min)
/// from Redis; every write drops the trips group of the owner and of everyone the owner shares trips
/// with (<see cref="ICacheInvalidator.TripsChangedAsync"/>) before it returns. Details, search and
/// standalone items are not cached (as in the seed).
/// </summary>
internal sealed class CachedTripService(ITripService inner, CacheStore cache, ICacheInvalidator invalidator, TimeProvider clock) : ITripService
{
    public Task<PagedResult<TripSummary>> GetUserTripsAsync(
        Guid userId, TripFilter filter = TripFilter.All, int page = 1, int limit = 20, CancellationToken cancellationToken = default) =>
        cache.GetOrLoadAsync(
            CacheRegions.TripLists,
            userId.ToString(),
            // "Today" is part of the field: at midnight UTC a trip moves from upcoming to current without any write.
            CacheFields.Of(filter.ToString().ToLowerInvariant(), page, limit, CacheFields.Today(clock)),
            CacheJsonContext.Default.PagedResultTripSummary,
            ct => inner.GetUserTripsAsync(userId, filter, page, limit, ct),
            cancellationToken);

    public Task<TripDetails> GetTripWithDetailsAsync(Guid tripId, Guid userId, CancellationToken cancellationToken = default) =>
        inner.GetTripWithDetailsAsync(tripId, userId, cancellationToken);

    public async Task<Trip> CreateTripAsync(CreateTrip command, Guid userId, CancellationToken cancellationToken = default)
    {
        var trip = await inner.CreateTripAsync(command, userId, cancellationToken).ConfigureAwait(false);
        await invalidator.TripsChangedAsync(userId).ConfigureAwait(false);
        return trip;
    }

    public async Task<Trip> UpdateTripAsync(Guid tripId, UpdateTrip command, Guid userId, CancellationToken cancellationToken = default)
    {
        var trip = await inner.UpdateTripAsync(tripId, command, userId, cancellationToken).ConfigureAwait(false);
        await invalidator.TripsChangedAsync(userId).ConfigureAwait(false);
        return trip;
    }

    public async Task DeleteTripAsync(Guid tripId, Guid userId, CancellationToken cancellationToken = default)
    {
        // The trip's invitations go with it, so whom it was shared with is read before the delete.
        var audience = await invalidator.GetTripAudienceAsync(userId, cancellationToken).ConfigureAwait(false);
        await inner.DeleteTripAsync(tripId, userId, cancellationToken).ConfigureAwait(false);
        await invalidator.TripsChangedAsync(userId, audience).ConfigureAwait(false);
    }

    public Task<TripStatistics> GetTripStatisticsAsync(Guid userId, CancellationToken cancellationToken = default) =>
        cache.GetOrLoadAsync(
            CacheRegions.TripStatistics,
            userId.ToString(),
            CacheFields.Today(clock),
            CacheJsonContext.Default.TripStatistics,
            ct => inner.GetTripStatisticsAsync(userId, ct),
            cancellationToken);

    public Task<IReadOnlyList<TripSummary>> SearchTripsAsync(Guid userId, string query, int limit = 20, CancellationToken cancellationToken = default) =>
        inner.SearchTripsAsync(userId, query, limit, cancellationToken);

    public Task<StandaloneItems> GetStandaloneItemsAsync(Guid userId, CancellationToken cancellationToken = default) =>
        inner.GetStandaloneItemsAsync(userId, cancellationToken);
}
