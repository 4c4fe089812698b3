using System.Collections.Frozen;
using System.Globalization;
using StackExchange.Redis;
using TravelPlanner.Data.Changes;

namespace TravelPlanner.Data.Caching;

/// <summary>
/// A family of cached entries: one Redis hash per owner (<c>trips:user:{&lt;userId&gt;}</c>), one field per
/// query variant (<c>upcoming:1:20:2030-06-15</c>), expiring <see cref="Ttl"/> after its first entry. Regions of
/// one <see cref="Group"/> are dropped together by one write.
/// </summary>
/// <param name="Prefix">Key prefix, following the seed's scheme (<c>trips:user</c>, <c>airport:code</c>).</param>
/// <param name="Group">Invalidation group (<c>trips</c>, <c>companions</c>, <c>vouchers</c>, <c>airports</c>).</param>
/// <param name="Ttl">How long an entry may live at most.</param>
internal sealed record CacheRegion(string Prefix, string Group, TimeSpan Ttl)
{
    /// <summary>The entries key of shared data (owner null: <c>airport:code:{airports}</c>), built once.</summary>
    public RedisKey SharedEntriesKey { get; } = $"{Prefix}:{{{Group}}}";
}

/// <summary>
/// The key scheme, all of it (documented in the README): what is cached and for how long (the seed's TTLs),
/// which groups a write drops together, and how keys and fields are named.
/// <list type="bullet">
/// <item>Entries: <c>&lt;prefix&gt;:{&lt;owner&gt;}</c>, a hash whose fields are the query's arguments joined by <c>:</c>
/// (invariant culture), e.g. <c>trips:user:{6f9c…}</c> field <c>upcoming:1:20:2030-06-15</c>; shared data (airports)
/// uses the group name as owner: <c>airport:code:{airports}</c>.</item>
/// <item>Versions: <c>&lt;group&gt;:version:{&lt;owner&gt;}</c>, bumped by every write to the group, so a load that raced a
/// write never stores its result. Each entries hash also carries the version it was filled under, in the field
/// <see cref="VersionField"/>, so the read that misses learns the version with the same command (issue 16: a miss is
/// two round trips, not three).</item>
/// <item>Every key carries a Redis Cluster hash tag (<c>{…}</c>): the entries and the version one invalidation
/// touches always share a slot.</item>
/// </list>
/// </summary>
internal static class CacheScheme
{
    /// <summary>Trip lists and trip statistics: dropped by any write to a trip or an item the user can see.</summary>
    public const string TripsGroup = "trips";

    /// <summary>Companion lists: dropped by the creator's companion writes.</summary>
    public const string CompanionsGroup = "companions";

    /// <summary>Voucher lists: dropped by the owner's voucher writes and by the cleanup deleting old vouchers.</summary>
    public const string VouchersGroup = "vouchers";

    /// <summary>Airport lookups and searches (shared by all users): dropped by an airport import.</summary>
    public const string AirportsGroup = "airports";

    /// <summary>
    /// The field of an entries hash that holds the group's version (the version key's value, or empty when there is
    /// none), written by the invalidation and by every store, in the same script as the version key, so the two never
    /// disagree. No query's field can be this name: the airport code's field is upper case, the statistics' field a date,
    /// and every other field joins at least two arguments with <c>:</c> (<see cref="Field"/>).
    /// </summary>
    public const string VersionField = "_version";

    public static readonly CacheRegion TripLists = new("trips:user", TripsGroup, TimeSpan.FromMinutes(5));
    public static readonly CacheRegion TripStatistics = new("trips:stats", TripsGroup, TimeSpan.FromMinutes(10));
    public static readonly CacheRegion Companions = new("companions:user", CompanionsGroup, TimeSpan.FromMinutes(5));
    public static readonly CacheRegion Vouchers = new("vouchers:user", VouchersGroup, TimeSpan.FromMinutes(5));
    public static readonly CacheRegion AirportByCode = new("airport:code", AirportsGroup, TimeSpan.FromHours(24));
    public static readonly CacheRegion AirportSearch = new("airport:search", AirportsGroup, TimeSpan.FromHours(24));

    public static readonly IReadOnlyList<CacheRegion> All = [TripLists, TripStatistics, Companions, Vouchers, AirportByCode, AirportSearch];

    /// <summary>The regions a write to <paramref name="group"/> drops.</summary>
    public static IReadOnlyList<CacheRegion> InGroup(string group) => Groups.TryGetValue(group, out var regions) ? regions.Regions : [];

    /// <summary>
    /// A group's invalidation, built once per group (issue 16: it runs after every write): its regions, the script for
    /// that many regions (<see cref="CacheScripts.Invalidate"/>), the version's TTL, twice the longest entry TTL, so
    /// the version outlives every entry it guards and a version that expired cannot resurrect old entries, and the
    /// script's arguments (that TTL, then each region's entry TTL).
    /// </summary>
    public static GroupInvalidation InvalidationOf(string group) => Groups[group];

    private static readonly FrozenDictionary<string, GroupInvalidation> Groups = All
        .GroupBy(r => r.Group)
        .ToFrozenDictionary(
            g => g.Key,
            g => GroupInvalidation.Of([.. g]),
            StringComparer.Ordinal);

    /// <summary>The group a committed change of <paramref name="kind"/> drops, or null when it caches nothing.</summary>
    public static string? GroupOf(ChangeKind kind) => kind switch
    {
        ChangeKind.Trips => TripsGroup,
        ChangeKind.Companions => CompanionsGroup,
        ChangeKind.Vouchers => VouchersGroup,
        ChangeKind.Airports => AirportsGroup,
        _ => null,
    };

    /// <summary><c>trips:user:{6f9c…}</c>, or <c>airport:code:{airports}</c> for shared data (owner null).</summary>
    public static RedisKey EntriesKey(CacheRegion region, string? owner) => owner is null ? region.SharedEntriesKey : $"{region.Prefix}:{{{owner}}}";

    /// <summary><c>trips:version:{6f9c…}</c>, or <c>airports:version:{airports}</c>: bumped by every write to the group.</summary>
    public static RedisKey VersionKey(string group, string? owner) => $"{group}:version:{{{owner ?? group}}}";

    /// <summary>
    /// <c>ryw:lsn:{6f9c…}</c>, or <c>ryw:lsn:{shared}</c> for shared data: the user's last commit position (16 hex
    /// digits) for read-your-writes on standbys (<see cref="Replicas.RedisCommitPositions"/>), in the user's own slot.
    /// </summary>
    public static RedisKey CommitPositionKey(Guid? user) => $"ryw:lsn:{{{(user is { } id ? id.ToString() : "shared")}}}";

    /// <summary>A hash field: the query's arguments joined by <c>:</c>, invariant culture (<c>upcoming:1:20:2030-06-15</c>).</summary>
    public static string Field(params object?[] parts) =>
        string.Join(':', parts.Select(p => p switch
        {
            null => "-",
            DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => p.ToString(),
        }));

    /// <summary>Today's UTC date as <c>yyyy-MM-dd</c>, for entries whose content depends on it.</summary>
    public static string Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>What invalidating one group takes, built once (<see cref="CacheScheme.InvalidationOf"/>).</summary>
/// <param name="Regions">The group's regions, one hash each.</param>
/// <param name="Script">The invalidation script for that many regions.</param>
/// <param name="VersionTtlMs">The version key's TTL in milliseconds.</param>
/// <param name="Arguments">The script's ARGV: <paramref name="VersionTtlMs"/>, then each region's entry TTL in milliseconds.</param>
internal sealed record GroupInvalidation(IReadOnlyList<CacheRegion> Regions, string Script, long VersionTtlMs, RedisValue[] Arguments)
{
    public static GroupInvalidation Of(IReadOnlyList<CacheRegion> regions)
    {
        var versionTtl = (long)(2 * regions.Max(r => r.Ttl).TotalMilliseconds);
        return new GroupInvalidation(
            regions, CacheScripts.Invalidate(regions.Count), versionTtl, [versionTtl, .. regions.Select(r => (RedisValue)(long)r.Ttl.TotalMilliseconds)]);
    }
}
