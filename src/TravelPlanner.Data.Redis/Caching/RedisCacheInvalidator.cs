using TravelPlanner.Data.Changes;

namespace TravelPlanner.Data.Caching;

/// <summary>
/// The cache's side of a committed write: turns each announced change into key drops, one script per
/// affected user and group (O(1) each, no KEYS or SCAN; each user's keys sit in their own cluster slot, so the
/// scripts go concurrently). Whom a change reaches was decided by the write (<see cref="DataChange"/>), not here.
/// </summary>
internal sealed class RedisCacheInvalidator(CacheStore cache) : IChangeListener
{
    public Task OnCommittedAsync(ChangeKind kind, IReadOnlyCollection<Guid> users)
    {
        if (CacheScheme.GroupOf(kind) is not { } group)
        {
            return Task.CompletedTask;
        }

        return users.Count switch
        {
            0 => cache.InvalidateAsync(group, owner: null),
            1 => cache.InvalidateAsync(group, users.First().ToString()),
            _ => Task.WhenAll(users.Select(user => cache.InvalidateAsync(group, user.ToString()))),
        };
    }
}
