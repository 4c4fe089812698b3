namespace TravelPlanner.Data.Caching;

/// <summary>What is cached and for how long: the seed's TTLs, and the groups that writes invalidate together.</summary>
internal static class CacheRegions
{
    /// <summary>Trip lists and trip statistics: dropped by any write to a trip or an item the user can see.</summary>
    public const string TripsGroup = "trips";

    /// <summary>Companion lists: dropped by the creator's companion writes.</summary>
    public const string CompanionsGroup = "companions";

    /// <summary>Voucher lists: dropped by the owner's voucher writes and by the cleanup deleting old vouchers.</summary>
    public const string VouchersGroup = "vouchers";

    /// <summary>Airport lookups and searches (shared by all users): dropped by an airport import.</summary>
    public const string AirportsGroup = "airports";

    public static readonly CacheRegion TripLists = new("trips:user", TripsGroup, TimeSpan.FromMinutes(5));
    public static readonly CacheRegion TripStatistics = new("trips:stats", TripsGroup, TimeSpan.FromMinutes(10));
    public static readonly CacheRegion Companions = new("companions:user", CompanionsGroup, TimeSpan.FromMinutes(5));
    public static readonly CacheRegion Vouchers = new("vouchers:user", VouchersGroup, TimeSpan.FromMinutes(5));
    public static readonly CacheRegion AirportByCode = new("airport:code", AirportsGroup, TimeSpan.FromHours(24));
    public static readonly CacheRegion AirportSearch = new("airport:search", AirportsGroup, TimeSpan.FromHours(24));

    public static readonly IReadOnlyList<CacheRegion> All = [TripLists, TripStatistics, Companions, Vouchers, AirportByCode, AirportSearch];

    /// <summary>The regions a write to <paramref name="group"/> drops.</summary>
    public static IReadOnlyList<CacheRegion> InGroup(string group) => All.Where(r => r.Group == group).ToList();
}
