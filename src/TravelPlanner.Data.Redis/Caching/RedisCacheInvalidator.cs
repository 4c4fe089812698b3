using TravelPlanner.Data.Changes;

namespace TravelPlanner.Data.Caching;

/// <summary>
/// The cache's side of a committed write: turns each announced change into key drops, O(1) per affected user and
/// group, no KEYS or SCAN: one script for all the users on one Redis server, one per user (concurrently) on a Redis
/// Cluster, where each user's keys sit in their own slot (<see cref="CacheStore.InvalidateAsync(GroupInvalidation, IReadOnlyList{string})"/>).
/// Whom a change reaches was decided by the write (<see cref="DataChange"/>), not here.
/// </summary>
internal sealed class RedisCacheInvalidator(CacheStore cache) : IChangeListener
{
    public Task OnCommittedAsync(ChangeKind kind, IReadOnlyCollection<Guid> users)
    {
        if (CacheScheme.InvalidationOf(kind) is not { } invalidation)
        {
            return Task.CompletedTask;
        }

        return users.Count switch
        {
            0 => cache.InvalidateAsync(invalidation, owner: null),
            1 => cache.InvalidateAsync(invalidation, users.First().ToString()),
            _ => cache.InvalidateAsync(invalidation, [.. users.Select(user => user.ToString())]),
        };
    }
}
