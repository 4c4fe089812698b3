using System.Globalization;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;
using StackExchange.Redis.KeyspaceIsolation;
using TravelPlanner.Data.Caching;

namespace TravelPlanner.Data.Replicas;

/// <summary>
/// Commit positions in Redis (when the cache is configured), so a write made through one application instance holds
/// for the user's reads through every other: one key per user (<see cref="CacheScheme.CommitPositionKey"/>), raised
/// by a script and never lowered, expiring <see cref="ProcessCommitPositions.Retention"/> after the last write.
/// This process's own writes are kept in process as well; when Redis cannot be read, the read goes to the primary.
/// </summary>
internal sealed class RedisCommitPositions : ICommitPositions
{
    // Positions as 16 hex digits compare correctly as strings: Lua numbers are doubles and would round them.
    private const string RaiseScript = """
        local current = redis.call('GET', KEYS[1])
        if (not current) or current < ARGV[1] then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) end
        return 1
        """;

    private static readonly long RetentionMilliseconds = (long)ProcessCommitPositions.Retention.TotalMilliseconds;
    private readonly IDatabase _database;
    private readonly ProcessCommitPositions _local;
    private readonly ILogger _logger;

    public RedisCommitPositions(IConnectionMultiplexer redis, string keyPrefix, TimeProvider clock, ILogger logger)
    {
        var database = redis.GetDatabase();
        _database = string.IsNullOrEmpty(keyPrefix) ? database : database.WithKeyPrefix(keyPrefix);
        _local = new ProcessCommitPositions(clock);
        _logger = logger;
    }

    public async Task RecordAsync(IReadOnlyCollection<Guid> users, ulong position)
    {
        await _local.RecordAsync(users, position).ConfigureAwait(false);
        var value = position.ToString("X16", CultureInfo.InvariantCulture);
        try
        {
            var keys = users.Count == 0 ? [CacheScheme.CommitPositionKey(null)] : users.Select(u => CacheScheme.CommitPositionKey(u)).ToArray();
            // One script per user: each key lives in its user's slot of a Redis Cluster.
            await Task.WhenAll(keys.Select(key => _database.ScriptEvaluateAsync(RaiseScript, [key], [value, RetentionMilliseconds]))).ConfigureAwait(false);
        }
        catch (Exception e) when (e is RedisException or TimeoutException or ObjectDisposedException)
        {
            // This instance still knows (in process); other instances may serve the user from a standby until it catches up.
            ReplicaLog.PositionNotShared(_logger, e);
        }
    }

    public async ValueTask<ulong> GetAsync(Guid? user)
    {
        var local = await _local.GetAsync(user).ConfigureAwait(false);
        try
        {
            var stored = await _database.StringGetAsync(CacheScheme.CommitPositionKey(user)).ConfigureAwait(false);
            return stored.HasValue ? Math.Max(local, ulong.Parse(stored.ToString(), NumberStyles.HexNumber, CultureInfo.InvariantCulture)) : local;
        }
        catch (Exception e) when (e is RedisException or TimeoutException or ObjectDisposedException)
        {
            // Unknown: only the primary is certainly fresh enough.
            return ulong.MaxValue;
        }
    }
}
