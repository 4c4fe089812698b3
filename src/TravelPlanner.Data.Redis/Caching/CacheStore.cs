using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;
using StackExchange.Redis;
using StackExchange.Redis.KeyspaceIsolation;
using TravelPlanner.Data.Diagnostics;

namespace TravelPlanner.Data.Caching;

/// <summary>
/// Read-through cache over Redis used by the service decorators.
/// <list type="bullet">
/// <item>Hit: one command, <c>HMGET</c> of the entry and the hash's copy of the group's version
/// (<see cref="CacheScheme.VersionField"/>). An entry that is there is fresh: it was stored under the group's current
/// version, and every write since would have dropped the whole hash with the version bump.</item>
/// <item>Miss: the version came with the read, so: load from PostgreSQL (one load per key and version per process) and
/// store only if the version is unchanged (<see cref="CacheScripts.StoreIfVersion"/>), so a load that raced a write
/// never stores its stale result. Two round trips. Only when the hash is gone (never filled, or expired) is the version
/// read from its key first, with the entry again (a flight that stored meanwhile is found there): three.</item>
/// <item>Write: bump the group's version and drop the hashes of the regions the change names, in one script: O(1), no
/// KEYS or SCAN (<see cref="GroupInvalidation"/>). The dropped hashes start again with the new version in them, so the
/// misses that follow a write take two round trips; the group's other hashes keep their entries and take the new
/// version's copy.</item>
/// <item>Redis failing: every call falls back to PostgreSQL; <see cref="CacheResilience"/> makes that cost microseconds;
/// an invalidation that could not be sent is replayed before its owner's entries are read again.</item>
/// <item>A key Redis refuses (wrong type, a version that is no integer): the group is invalidated, which rebuilds it.</item>
/// </list>
/// </summary>
internal sealed class CacheStore
{
    private readonly IDatabase _database;
    private readonly ILogger _logger;
    private readonly SingleFlight _singleFlight = new();
    private readonly ConcurrentDictionary<(string Group, string? Owner), byte> _pendingInvalidations = new();
    private readonly CacheResilience _resilience;
    private readonly IConnectionMultiplexer _redis;
    private int _keysOnOneServer; // 0 not known yet, 1 yes, 2 no (read and written whole: no torn nullable)

    public CacheStore(IConnectionMultiplexer redis, TravelPlannerCacheOptions options, ILogger<CacheStore> logger)
    {
        var database = redis.GetDatabase();
        _database = string.IsNullOrEmpty(options.KeyPrefix) ? database : database.WithKeyPrefix(options.KeyPrefix);
        _logger = logger;
        _resilience = new CacheResilience(redis, options, logger);
        _redis = redis;
    }

    /// <summary>The breaker's state, for metrics and tests.</summary>
    public CircuitState CircuitState => _resilience.CircuitState;

    /// <summary>The entry, or what <paramref name="load"/> returns on a miss (stored unless a write raced it).</summary>
    public Task<T> GetOrLoadAsync<T>(
        CacheRegion region,
        string? owner,
        string field,
        JsonTypeInfo<T> type,
        Func<CancellationToken, Task<T>> load,
        CancellationToken cancellationToken) =>
        GetOrLoadAsync(region, owner, field, type, load, static (load, token) => load(token), cancellationToken);

    /// <summary>
    /// As the overload above, the load's arguments passed in as <paramref name="state"/>: with a static lambda, a hit
    /// allocates no closure (issue 16).
    /// </summary>
    public async Task<T> GetOrLoadAsync<T, TState>(
        CacheRegion region,
        string? owner,
        string field,
        JsonTypeInfo<T> type,
        TState state,
        Func<TState, CancellationToken, Task<T>> load,
        CancellationToken cancellationToken)
    {
        var tag = new KeyValuePair<string, object?>("region", region.Prefix);
        // The hash's copy of the version is never an entry: a query whose field had its name is not cached.
        if (field == CacheScheme.VersionField || !await ReplayPendingInvalidationsAsync(region.Group, owner).ConfigureAwait(false))
        {
            return await load(state, cancellationToken).ConfigureAwait(false);
        }

        var entries = CacheScheme.EntriesKey(region, owner);
        // Issue 16: one Redis command per hit (and no async layer of TryAsync's); it brings the version a miss needs.
        var read = await _resilience.TryAsync(
            static (db, key) => db.HashGetAsync(key.Entries, key.Fields),
            _database,
            (Entries: entries, Fields: new RedisValue[] { field, CacheScheme.VersionField }),
            "read").ConfigureAwait(false);
        if (read.Outcome != CacheOutcome.Ok)
        {
            if (read.Outcome == CacheOutcome.BadData)
            {
                await InvalidateAsync(region.Group, owner).ConfigureAwait(false); // as TryAsync does: the group is rebuilt
            }

            return await load(state, cancellationToken).ConfigureAwait(false);
        }

        var (entry, version) = (read.Value[0], read.Value[1]);
        if (entry.HasValue && TryDeserialize(entry, type, out var hit))
        {
            TravelPlannerDiagnostics.CacheHits.Add(1, tag);
            return hit;
        }

        if (!version.HasValue)
        {
            // The hash is gone (never filled, or expired): the version from its key, with the entry again (one pipelined
            // round trip; a caller that missed just before another flight stored the entry finds it here instead).
            var cold = await TryAsync(
                static (db, keys) => ReadEntryAndVersionAsync(db, keys.Entries, keys.Field, keys.Version),
                (Entries: entries, Field: (RedisValue)field, Version: CacheScheme.VersionKey(region.Group, owner)),
                "read",
                region.Group,
                owner).ConfigureAwait(false);
            if (cold.Outcome != CacheOutcome.Ok)
            {
                return await load(state, cancellationToken).ConfigureAwait(false);
            }

            (entry, version) = cold.Value;
            if (entry.HasValue && TryDeserialize(entry, type, out var late))
            {
                TravelPlannerDiagnostics.CacheHits.Add(1, tag);
                return late;
            }
        }

        TravelPlannerDiagnostics.CacheMisses.Add(1, tag);
        // The version the store will be guarded with, read before the load starts (empty: the group has none yet).
        var expected = version.HasValue ? version.ToString() : string.Empty;
        return await LoadAndStoreAsync(region, owner, entries, field, type, state, load, expected, cancellationToken).ConfigureAwait(false);
    }

    // Loads and stores under the version read before the load (empty: the group has none yet).
    private async Task<T> LoadAndStoreAsync<T, TState>(
        CacheRegion region,
        string? owner,
        RedisKey entries,
        string field,
        JsonTypeInfo<T> type,
        TState state,
        Func<TState, CancellationToken, Task<T>> load,
        string expected,
        CancellationToken cancellationToken)
    {
        var versionKey = CacheScheme.VersionKey(region.Group, owner);
        // Keyed by the version too: a caller that started after a write never joins a load that started before it.
        return await _singleFlight.RunAsync($"{entries}|{field}|{expected}", async () =>
        {
            // Not the first caller's token: its cancellation must not fail the others sharing this load.
            var value = await load(state, CancellationToken.None).ConfigureAwait(false);
            var bytes = JsonSerializer.SerializeToUtf8Bytes(value, type);
            await TryAsync(
                static (db, store) => db.ScriptEvaluateAsync(CacheScripts.StoreIfVersion, store),
                new
                {
                    entriesKey = entries,
                    versionKey,
                    expected = (RedisValue)expected,
                    field = (RedisValue)field,
                    value = (RedisValue)bytes,
                    ttl = (long)region.Ttl.TotalMilliseconds,
                    versionTtl = CacheScheme.InvalidationOf(region.Group).VersionTtlMs,
                },
                "store",
                region.Group,
                owner).ConfigureAwait(false);
            return value;
        }).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Drops every cached entry of <paramref name="group"/> for <paramref name="owner"/>; remembered and replayed if Redis is unavailable.</summary>
    public Task InvalidateAsync(string group, string? owner) => InvalidateAsync(CacheScheme.InvalidationOf(group), owner);

    /// <summary>As <see cref="InvalidateAsync(GroupInvalidation, IReadOnlyList{string})"/>, every region of <paramref name="group"/>.</summary>
    public Task InvalidateAsync(string group, IReadOnlyList<string> owners) => InvalidateAsync(CacheScheme.InvalidationOf(group), owners);

    /// <summary>
    /// Runs <paramref name="invalidation"/> for <paramref name="owner"/>; when Redis is unavailable, the whole group is
    /// remembered and dropped later (a replay drops every region: it cannot know what changed since).
    /// </summary>
    public async Task InvalidateAsync(GroupInvalidation invalidation, string? owner)
    {
        if (!await TryInvalidateAsync(invalidation, [owner]).ConfigureAwait(false))
        {
            _pendingInvalidations.TryAdd((invalidation.Group, owner), 0);
        }
    }

    /// <summary>
    /// Runs <paramref name="invalidation"/> for each of <paramref name="owners"/>: in one script when Redis is one server
    /// (issue 16: a write to a shared trip reaches its owner and every invitee), else one script per owner, concurrently
    /// (on a Redis Cluster each owner's keys sit in their own slot). What could not be sent is remembered per owner and
    /// replayed.
    /// </summary>
    public async Task InvalidateAsync(GroupInvalidation invalidation, IReadOnlyList<string> owners)
    {
        if (owners.Count == 1 || !AllKeysOnOneServer())
        {
            await Task.WhenAll(owners.Select(owner => InvalidateAsync(invalidation, owner))).ConfigureAwait(false);
            return;
        }

        if (!await TryInvalidateAsync(invalidation, owners).ConfigureAwait(false))
        {
            foreach (var owner in owners)
            {
                _pendingInvalidations.TryAdd((invalidation.Group, owner), 0);
            }
        }
    }

    private async Task<bool> TryInvalidateAsync(GroupInvalidation invalidation, IReadOnlyList<string?> owners)
    {
        var result = await _resilience.TryAsync(
            static (db, call) => db.ScriptEvaluateAsync(call.Script, call.Keys, call.Arguments),
            _database,
            (invalidation.Script, Keys: invalidation.Keys(owners), invalidation.Arguments),
            "invalidate").ConfigureAwait(false);
        if (result.Outcome == CacheOutcome.Ok)
        {
            TravelPlannerDiagnostics.CacheInvalidations.Add(owners.Count, new KeyValuePair<string, object?>("group", invalidation.Group));
        }

        return result.Outcome == CacheOutcome.Ok;
    }

    /// <summary>
    /// True once connected to servers that are each a whole standalone Redis (no cluster, no proxy): then keys of
    /// different owners may meet in one script. Decided once, from the first connected answer.
    /// </summary>
    private bool AllKeysOnOneServer()
    {
        var known = Volatile.Read(ref _keysOnOneServer);
        if (known != 0 || !_redis.IsConnected)
        {
            return known == 1;
        }

        var servers = _redis.GetServers();
        var standalone = servers.Length > 0 && servers.All(s => s.ServerType == ServerType.Standalone);
        Volatile.Write(ref _keysOnOneServer, standalone ? 1 : 2);
        return standalone;
    }

    /// <summary>
    /// While an invalidation of <paramref name="group"/> for <paramref name="owner"/> is owed, Redis may hold entries older
    /// than a committed write: that read bypasses Redis. Invalidations owed to other owners are replayed too, but never
    /// keep this read from the cache (issue 14, item 3: one failing key switched the cache off for every user).
    /// </summary>
    private async Task<bool> ReplayPendingInvalidationsAsync(string group, string? owner)
    {
        if (_pendingInvalidations.IsEmpty)
        {
            return true;
        }

        var replayed = 0;
        foreach (var pending in _pendingInvalidations.Keys)
        {
            if (!await TryInvalidateAsync(CacheScheme.InvalidationOf(pending.Group), [pending.Owner]).ConfigureAwait(false))
            {
                break;
            }

            _pendingInvalidations.TryRemove(pending, out _);
            replayed++;
        }

        if (replayed > 0)
        {
            CacheLog.InvalidationsReplayed(_logger, replayed);
        }

        return !_pendingInvalidations.ContainsKey((group, owner));
    }

    // Both commands leave in one write to the socket (the multiplexer pipelines them); neither waits for the other.
    private static async Task<(RedisValue Entry, RedisValue Version)> ReadEntryAndVersionAsync(IDatabase database, RedisKey entries, RedisValue field, RedisKey versionKey)
    {
        var entry = database.HashGetAsync(entries, field);
        var version = database.StringGetAsync(versionKey);
        return (await entry.ConfigureAwait(false), await version.ConfigureAwait(false));
    }

    /// <summary>
    /// A call of one owner's keys. When Redis refuses it because a key holds the wrong type or value, the group's keys
    /// are rebuilt by the invalidation script, which drops the entries and overwrites a version it cannot increment, so
    /// the next read caches again (issue 14, item 3).
    /// </summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<(CacheOutcome Outcome, TResult Value)> TryAsync<TState, TResult>(Func<IDatabase, TState, Task<TResult>> call, TState state, string operation, string group, string? owner)
    {
        var result = await _resilience.TryAsync(call, _database, state, operation).ConfigureAwait(false);
        if (result.Outcome == CacheOutcome.BadData)
        {
            await InvalidateAsync(group, owner).ConfigureAwait(false);
        }

        return result;
    }

    private bool TryDeserialize<T>(RedisValue value, JsonTypeInfo<T> type, out T result)
    {
        try
        {
            // JSON null is no value of any cached type: a miss, overwritten by the load that follows (issue 14, item 2).
            result = JsonSerializer.Deserialize((ReadOnlySpan<byte>)(byte[])value!, type)!;
            return result is not null;
        }
        catch (JsonException e)
        {
            // An entry written by another version of the models, or not by this library: treat as a miss.
            CacheLog.RedisFailed(_logger, e, "deserialize");
            result = default!;
            return false;
        }
    }
}
