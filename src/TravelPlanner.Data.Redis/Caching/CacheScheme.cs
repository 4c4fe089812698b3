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
    /// <summary>
    /// Trip lists, statistics and details: dropped by any write to a trip or an item the user can see. A trip created
    /// drops the lists and statistics and keeps the details; a change to who travels drops the details and keeps the rest
    /// (<see cref="InvalidationOf(ChangeKind)"/>).
    /// </summary>
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
    /// the trip details' field a trip id, and every other field joins at least two arguments with <c>:</c>
    /// (<see cref="Field"/>).
    /// </summary>
    public const string VersionField = "_version";

    public static readonly CacheRegion TripLists = new("trips:user", TripsGroup, TimeSpan.FromMinutes(5));
    public static readonly CacheRegion TripStatistics = new("trips:stats", TripsGroup, TimeSpan.FromMinutes(10));

    /// <summary>Trip details, per reader (the owner or an invitee), one field per trip id. Beyond the seed (issue 16).</summary>
    public static readonly CacheRegion TripDetails = new("trips:details", TripsGroup, TimeSpan.FromMinutes(5));
    public static readonly CacheRegion Companions = new("companions:user", CompanionsGroup, TimeSpan.FromMinutes(5));
    public static readonly CacheRegion Vouchers = new("vouchers:user", VouchersGroup, TimeSpan.FromMinutes(5));
    public static readonly CacheRegion AirportByCode = new("airport:code", AirportsGroup, TimeSpan.FromHours(24));
    public static readonly CacheRegion AirportSearch = new("airport:search", AirportsGroup, TimeSpan.FromHours(24));

    public static readonly IReadOnlyList<CacheRegion> All = [TripLists, TripStatistics, TripDetails, Companions, Vouchers, AirportByCode, AirportSearch];

    /// <summary>The regions of <paramref name="group"/>: they share one version.</summary>
    public static IReadOnlyList<CacheRegion> InGroup(string group) => Groups.TryGetValue(group, out var whole) ? whole.Dropped : [];

    /// <summary>
    /// A group's whole invalidation (every region dropped), built once per group (issue 16: it runs after every write):
    /// what a replayed invalidation and a key Redis refused use.
    /// </summary>
    public static GroupInvalidation InvalidationOf(string group) => Groups[group];

    /// <summary>The invalidation a committed change of <paramref name="kind"/> makes, or null when it caches nothing.</summary>
    public static GroupInvalidation? InvalidationOf(ChangeKind kind) => kind switch
    {
        ChangeKind.Trips => Groups[TripsGroup],
        ChangeKind.TripCreated => TripCreatedInvalidation,
        ChangeKind.TripDetails => TripDetailsInvalidation,
        ChangeKind.Companions => Groups[CompanionsGroup],
        ChangeKind.Vouchers => Groups[VouchersGroup],
        ChangeKind.Airports => Groups[AirportsGroup],
        _ => null,
    };

    private static readonly FrozenDictionary<string, GroupInvalidation> Groups = All
        .GroupBy(r => r.Group)
        .ToFrozenDictionary(
            g => g.Key,
            g => GroupInvalidation.Of(g.Key, [.. g], kept: []),
            StringComparer.Ordinal);

    // A new trip changes no existing trip's details; a change to who travels changes no list or statistic.
    private static readonly GroupInvalidation TripCreatedInvalidation = GroupInvalidation.Of(TripsGroup, [TripLists, TripStatistics], kept: [TripDetails]);
    private static readonly GroupInvalidation TripDetailsInvalidation = GroupInvalidation.Of(TripsGroup, [TripDetails], kept: [TripLists, TripStatistics]);

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

/// <summary>
/// What one invalidation of a group takes, built once (<see cref="CacheScheme.InvalidationOf(string)"/>,
/// <see cref="CacheScheme.InvalidationOf(ChangeKind)"/>): the version is bumped; the dropped regions' hashes are dropped;
/// the kept regions keep their entries (the write did not change them) and take the new version's copy.
/// </summary>
/// <param name="Group">The group: its version key is bumped.</param>
/// <param name="Dropped">The regions whose hashes are dropped.</param>
/// <param name="Kept">The regions whose entries stay.</param>
/// <param name="Script">The invalidation script for that many regions of each kind.</param>
/// <param name="VersionTtlMs">The version key's TTL in milliseconds: twice the group's longest entry TTL, so the version
/// outlives every entry it guards and a version that expired cannot resurrect old entries.</param>
/// <param name="Arguments">The script's ARGV: <paramref name="VersionTtlMs"/>, then each dropped region's entry TTL in milliseconds.</param>
internal sealed record GroupInvalidation(
    string Group, IReadOnlyList<CacheRegion> Dropped, IReadOnlyList<CacheRegion> Kept, string Script, long VersionTtlMs, RedisValue[] Arguments)
{
    public static GroupInvalidation Of(string group, IReadOnlyList<CacheRegion> dropped, IReadOnlyList<CacheRegion> kept)
    {
        var versionTtl = (long)(2 * CacheScheme.All.Where(r => r.Group == group).Max(r => r.Ttl).TotalMilliseconds);
        return new GroupInvalidation(
            group,
            dropped,
            kept,
            CacheScripts.Invalidate(dropped.Count, kept.Count),
            versionTtl,
            [versionTtl, .. dropped.Select(r => (RedisValue)(long)r.Ttl.TotalMilliseconds)]);
    }

    /// <summary>
    /// The script's KEYS for <paramref name="owners"/>, in the layout <see cref="CacheScripts.Invalidate"/> reads: per
    /// owner, the dropped regions' entries keys, the kept regions' entries keys, then the group's version key.
    /// </summary>
    public RedisKey[] Keys(IReadOnlyList<string?> owners)
    {
        var perOwner = Dropped.Count + Kept.Count + 1;
        var keys = new RedisKey[perOwner * owners.Count];
        for (var o = 0; o < owners.Count; o++)
        {
            var first = o * perOwner;
            for (var i = 0; i < Dropped.Count; i++)
            {
                keys[first + i] = CacheScheme.EntriesKey(Dropped[i], owners[o]);
            }

            for (var i = 0; i < Kept.Count; i++)
            {
                keys[first + Dropped.Count + i] = CacheScheme.EntriesKey(Kept[i], owners[o]);
            }

            keys[first + perOwner - 1] = CacheScheme.VersionKey(Group, owners[o]);
        }

        return keys;
    }
}
