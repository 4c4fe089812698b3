using StackExchange.Redis;

namespace TravelPlanner.Data.Caching;

/// <summary>
/// Key names (documented in the README). Per-user keys carry the user id in a hash tag
/// (<c>{…}</c>) so a user's entries and version counters share one Redis Cluster slot and one Lua
/// script may touch them together.
/// </summary>
internal static class CacheKeys
{
    /// <summary><c>trips:user:{6f9c…}</c>, or <c>airport:code</c> for shared data (owner null).</summary>
    public static RedisKey Entries(CacheRegion region, string? owner) =>
        owner is null ? region.Prefix : $"{region.Prefix}:{{{owner}}}";

    /// <summary><c>trips:version:{6f9c…}</c>, or <c>airports:version</c>: bumped by every write to the group.</summary>
    public static RedisKey Version(string group, string? owner) =>
        owner is null ? $"{group}:version" : $"{group}:version:{{{owner}}}";
}
