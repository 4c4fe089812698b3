using StackExchange.Redis;

namespace TravelPlanner.Data.Caching;

/// <summary>
/// Key names (documented in the README). Every key carries a Redis Cluster hash tag (<c>{…}</c>): the
/// user id for per-user data, the group name for shared data, so the entries and the version counter
/// that one invalidation script touches always share one slot.
/// </summary>
internal static class CacheKeys
{
    /// <summary><c>trips:user:{6f9c…}</c>, or <c>airport:code:{airports}</c> for shared data (owner null).</summary>
    public static RedisKey Entries(CacheRegion region, string? owner) => $"{region.Prefix}:{{{owner ?? region.Group}}}";

    /// <summary><c>trips:version:{6f9c…}</c>, or <c>airports:version:{airports}</c>: bumped by every write to the group.</summary>
    public static RedisKey Version(string group, string? owner) => $"{group}:version:{{{owner ?? group}}}";
}
