using System.Collections.Concurrent;

namespace TravelPlanner.Data.Replicas;

/// <summary>
/// Commit positions in this process (no Redis configured): enough for one application instance. Entries older than
/// <see cref="Retention"/> are dropped once there are many, so memory stays bounded by the users active in that time.
/// </summary>
internal sealed class ProcessCommitPositions(TimeProvider clock) : ICommitPositions
{
    /// <summary>How long a position is kept at least (a standby further behind than this is not expected to serve reads).</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromHours(1);

    private const int PruneAbove = 100_000;
    private static readonly Guid Shared = Guid.Empty;
    private readonly ConcurrentDictionary<Guid, (ulong Position, long At)> _positions = new();

    public Task RecordAsync(IReadOnlyCollection<Guid> users, ulong position)
    {
        var now = clock.GetTimestamp();
        if (users.Count == 0)
        {
            Raise(Shared, position, now);
        }

        foreach (var user in users)
        {
            Raise(user, position, now);
        }

        if (_positions.Count > PruneAbove)
        {
            Prune(now);
        }

        return Task.CompletedTask;
    }

    public ValueTask<ulong> GetAsync(Guid? user) =>
        ValueTask.FromResult(_positions.TryGetValue(user ?? Shared, out var entry) ? entry.Position : 0UL);

    private void Raise(Guid key, ulong position, long now) =>
        _positions.AddOrUpdate(key, (position, now), (_, old) => (Math.Max(old.Position, position), now));

    private void Prune(long now)
    {
        foreach (var (key, entry) in _positions)
        {
            if (clock.GetElapsedTime(entry.At, now) > Retention)
            {
                _positions.TryRemove(key, out _);
            }
        }
    }
}
