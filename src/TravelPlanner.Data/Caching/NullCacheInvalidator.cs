namespace TravelPlanner.Data.Caching;

/// <summary>No cache, nothing to invalidate: the plain services without Redis.</summary>
internal sealed class NullCacheInvalidator : ICacheInvalidator
{
    public static readonly NullCacheInvalidator Instance = new();

    public Task<IReadOnlyCollection<Guid>> GetTripAudienceAsync(Guid ownerId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyCollection<Guid>>([]);

    public Task TripsChangedAsync(Guid ownerId, IReadOnlyCollection<Guid>? audienceReadBefore = null) => Task.CompletedTask;

    public Task UserTripsChangedAsync(Guid userId) => Task.CompletedTask;

    public Task CompanionsChangedAsync(Guid creatorId) => Task.CompletedTask;

    public Task VouchersChangedAsync(IEnumerable<Guid> ownerIds) => Task.CompletedTask;

    public Task AirportsChangedAsync() => Task.CompletedTask;
}
