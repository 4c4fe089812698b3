using StackExchange.Redis;

namespace TravelPlanner.Data.Caching;

/// <summary>The Lua scripts that make invalidation and stores atomic (loaded once, run by SHA).</summary>
internal static class CacheScripts
{
    /// <summary>
    /// Store only if the group's version is still the one read before the database load; a write that
    /// committed meanwhile bumped it, so a stale result is never stored. The entry is stored with the version it was
    /// loaded under (<see cref="CacheScheme.VersionField"/>, empty when the group has no version key yet). The hash
    /// expires its TTL after its first entry (a hash holding only the version since a write counts as empty), and the
    /// version key's TTL is renewed then, so the version always outlives the hash that carries a copy of it.
    /// KEYS: entries, version. ARGV: expected version ('' = none), field, value, ttl ms, the version's ttl ms.
    /// </summary>
    public static readonly LuaScript StoreIfVersion = LuaScript.Prepare($$"""
        local current = redis.call('GET', @versionKey)
        if (current or '') ~= @expected then return 0 end
        local first = redis.call('HLEN', @entriesKey) <= 1
        redis.call('HSET', @entriesKey, @field, @value, '{{CacheScheme.VersionField}}', current or '')
        if first or redis.call('PTTL', @entriesKey) < 0 then
            redis.call('PEXPIRE', @entriesKey, @ttl)
            if current then redis.call('PEXPIRE', @versionKey, @versionTtl) end
        end
        return 1
        """);

    /// <summary>
    /// Invalidation, O(1) per region: drop the group's hashes and bump its version, atomically, for each owner whose keys
    /// are passed (KEYS: per owner, the <paramref name="droppedCount"/> entries keys to drop, the <paramref name="keptCount"/>
    /// entries keys to keep, then the version key; ARGV[1]: the version's TTL in ms, then each dropped region's entry TTL
    /// in ms). Each dropped hash starts again holding the new version alone (<see cref="CacheScheme.VersionField"/>,
    /// expiring with the region's TTL, before the version key), so the first read after the write learns the version with
    /// its own command. A kept hash keeps its entries, which the write did not change, and takes the new version's copy
    /// (only where it exists: a hash made here would have no TTL). One call may carry several owners where all keys live
    /// on one server (issue 16: a write to a shared trip drops its owner's and its invitees' lists in one script, not one
    /// per user). A version that cannot be incremented (not an integer, a key of another type, at the top of the range,
    /// issue 14, item 3) or that starts again (its key expired or was evicted, so the increment gives 1, a value a load
    /// still in flight may have read in the key's earlier life) is replaced by the server's clock in microseconds, as an
    /// integer string: a value no load read before, so no stale store can match it.
    /// </summary>
    public static string Invalidate(int droppedCount, int keptCount) => $$"""
        local v
        for base = 0, #KEYS - 1, {{droppedCount + keptCount + 1}} do
            for i = 1, {{droppedCount}} do redis.call('UNLINK', KEYS[base + i]) end
            local version = KEYS[base + {{droppedCount + keptCount + 1}}]
            v = redis.pcall('INCR', version)
            if (type(v) == 'table' and v.err) or v == 1 then
                local now = redis.call('TIME')
                v = now[1] .. string.sub('00000' .. now[2], -6)
                redis.call('UNLINK', version)
                redis.call('SET', version, v)
            end
            redis.call('PEXPIRE', version, ARGV[1])
            -- The version as stored (a string), so a reader compares exactly what GET returns.
            local stored = redis.call('GET', version)
            for i = 1, {{droppedCount}} do
                redis.call('HSET', KEYS[base + i], '{{CacheScheme.VersionField}}', stored)
                redis.call('PEXPIRE', KEYS[base + i], ARGV[1 + i])
            end
            for i = {{droppedCount + 1}}, {{droppedCount + keptCount}} do
                if redis.call('EXISTS', KEYS[base + i]) == 1 then
                    redis.call('HSET', KEYS[base + i], '{{CacheScheme.VersionField}}', stored)
                end
            end
        end
        return v
        """;
}
