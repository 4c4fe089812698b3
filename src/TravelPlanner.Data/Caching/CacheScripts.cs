using StackExchange.Redis;

namespace TravelPlanner.Data.Caching;

/// <summary>The Lua scripts that make invalidation and stores atomic (loaded once, run by SHA).</summary>
internal static class CacheScripts
{
    /// <summary>
    /// Store only if the group's version is still the one read before the database load; a write that
    /// committed meanwhile bumped it, so a stale result is never stored. The hash expires its TTL after
    /// its first entry. KEYS: entries, version. ARGV: expected version ('' = none), field, value, ttl ms.
    /// </summary>
    public static readonly LuaScript StoreIfVersion = LuaScript.Prepare("""
        local current = redis.call('GET', @versionKey)
        if (current or '') ~= @expected then return 0 end
        redis.call('HSET', @entriesKey, @field, @value)
        if redis.call('PTTL', @entriesKey) < 0 then redis.call('PEXPIRE', @entriesKey, @ttl) end
        return 1
        """);

    /// <summary>Invalidation, O(1) per region: drop the group's hashes and bump its version, atomically.</summary>
    public static string Invalidate(int regionCount) => $$"""
        for i = 1, {{regionCount}} do redis.call('UNLINK', KEYS[i]) end
        local v = redis.call('INCR', KEYS[{{regionCount + 1}}])
        redis.call('PEXPIRE', KEYS[{{regionCount + 1}}], ARGV[1])
        return v
        """;
}
