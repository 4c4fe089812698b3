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

    /// <summary>
    /// Invalidation, O(1) per region: drop the group's hashes and bump its version, atomically, for each owner whose keys
    /// are passed (KEYS: per owner, the <paramref name="regionCount"/> entries keys, then the version key; ARGV[1]: the
    /// version's TTL in ms). One call may carry several owners where all keys live on one server (issue 16: a write to a
    /// shared trip drops its owner's and its invitees' lists in one script, not one per user). A version that cannot be
    /// incremented (not an integer, a key of another type, at the top of the range) is replaced by the server's clock in
    /// microseconds: a value no load read before, so no stale store can match it (issue 14, item 3).
    /// </summary>
    public static string Invalidate(int regionCount) => $$"""
        local v
        for base = 0, #KEYS - 1, {{regionCount + 1}} do
            for i = 1, {{regionCount}} do redis.call('UNLINK', KEYS[base + i]) end
            local version = KEYS[base + {{regionCount + 1}}]
            v = redis.pcall('INCR', version)
            if type(v) == 'table' and v.err then
                local now = redis.call('TIME')
                v = tonumber(now[1]) * 1000000 + tonumber(now[2])
                redis.call('UNLINK', version)
                redis.call('SET', version, v)
            end
            redis.call('PEXPIRE', version, ARGV[1])
        end
        return v
        """;
}
