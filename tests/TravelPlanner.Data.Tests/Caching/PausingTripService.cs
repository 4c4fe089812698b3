using TravelPlanner.Data.Models;
using TravelPlanner.Data.Services;

namespace TravelPlanner.Data.Tests.Caching;

/// <summary>
/// The real trip service with a pause: once armed, the next trip-list read loads from PostgreSQL, signals
/// <see cref="Loaded"/>, and holds its (by then possibly old) result until <see cref="Release"/> — the window
/// in which a write commits, for forcing the read-miss/write race deterministically.
/// </summary>
public sealed class PausingTripService(ITripService inner) : ITripService
{
    private TaskCompletionSource _loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _armed;

    public Task Loaded => _loaded.Task;

    public void Arm()
    {
        _loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _armed, 1);
    }

    public void Release() => _release.TrySetResult();

    public async Task<PagedResult<TripSummary>> GetUserTripsAsync(
        Guid userId, TripFilter filter = TripFilter.All, int page = 1, int limit = 20, CancellationToken cancellationToken = default)
    {
        var result = await inner.GetUserTripsAsync(userId, filter, page, limit, cancellationToken);
        if (Interlocked.Exchange(ref _armed, 0) == 1)
        {
            _loaded.SetResult();
            await _release.Task;
        }

        return result;
    }

    public Task<TripDetails> GetTripWithDetailsAsync(Guid tripId, Guid userId, CancellationToken cancellationToken = default) =>
        inner.GetTripWithDetailsAsync(tripId, userId, cancellationToken);

    public Task<Trip> CreateTripAsync(CreateTrip command, Guid userId, CancellationToken cancellationToken = default) =>
        inner.CreateTripAsync(command, userId, cancellationToken);

    public Task<Trip> UpdateTripAsync(Guid tripId, UpdateTrip command, Guid userId, CancellationToken cancellationToken = default) =>
        inner.UpdateTripAsync(tripId, command, userId, cancellationToken);

    public Task DeleteTripAsync(Guid tripId, Guid userId, CancellationToken cancellationToken = default) =>
        inner.DeleteTripAsync(tripId, userId, cancellationToken);

    public Task<TripStatistics> GetTripStatisticsAsync(Guid userId, CancellationToken cancellationToken = default) =>
        inner.GetTripStatisticsAsync(userId, cancellationToken);

    public Task<IReadOnlyList<TripSummary>> SearchTripsAsync(Guid userId, string query, int limit = 20, CancellationToken cancellationToken = default) =>
        inner.SearchTripsAsync(userId, query, limit, cancellationToken);

    public Task<StandaloneItems> GetStandaloneItemsAsync(Guid userId, CancellationToken cancellationToken = default) =>
        inner.GetStandaloneItemsAsync(userId, cancellationToken);
}
