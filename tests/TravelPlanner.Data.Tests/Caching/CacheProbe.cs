using System.Text.Json;
using StackExchange.Redis;
using TravelPlanner.Data.Caching;

namespace TravelPlanner.Data.Tests.Caching;

/// <summary>
/// Looks at what the cache holds for one <see cref="Fixtures.TestServices"/> instance (its key prefix),
/// with a multiplexer of its own, and compares service results by their JSON.
/// </summary>
public sealed class CacheProbe(IConnectionMultiplexer connection, string keyPrefix)
{
    private IDatabase Database => connection.GetDatabase();

    /// <summary>The full key of a region's hash: <c>{prefix}trips:user:{id}</c>.</summary>
    internal RedisKey Key(CacheRegion region, Guid? owner) => keyPrefix + (string)CacheScheme.EntriesKey(region, owner?.ToString())!;

    /// <summary>Whether the region holds a cached entry (the hash's copy of the group's version is no entry).</summary>
    internal async Task<bool> ExistsAsync(CacheRegion region, Guid? owner) => (await EntriesAsync(region, owner)).Length > 0;

    internal async Task<TimeSpan?> TimeToLiveAsync(CacheRegion region, Guid? owner) => await Database.KeyTimeToLiveAsync(Key(region, owner));

    /// <summary>The region's cached entries, without the hash's copy of the group's version (<see cref="CacheScheme.VersionField"/>).</summary>
    internal async Task<HashEntry[]> EntriesAsync(CacheRegion region, Guid? owner) =>
        [.. (await Database.HashGetAllAsync(Key(region, owner))).Where(e => e.Name != CacheScheme.VersionField)];

    /// <summary>The group's version key's value for <paramref name="owner"/> (null when there is none).</summary>
    internal async Task<string?> VersionAsync(CacheRegion region, Guid? owner) =>
        await Database.StringGetAsync(keyPrefix + (string)CacheScheme.VersionKey(region.Group, owner?.ToString())!);

    /// <summary>The region's hash's copy of the group's version (<see cref="CacheScheme.VersionField"/>; null when absent).</summary>
    internal async Task<string?> VersionCopyAsync(CacheRegion region, Guid? owner) =>
        await Database.HashGetAsync(Key(region, owner), CacheScheme.VersionField);

    /// <summary>Every cached region of <paramref name="owner"/> that holds a hash now.</summary>
    internal async Task<IReadOnlySet<CacheRegion>> PresentAsync(Guid owner)
    {
        var present = new HashSet<CacheRegion>();
        foreach (var region in CacheScheme.All.Where(r => r.Group != CacheScheme.AirportsGroup))
        {
            if (await ExistsAsync(region, owner))
            {
                present.Add(region);
            }
        }

        return present;
    }

    /// <summary>The JSON of a result, for comparing records that hold lists.</summary>
    public static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
