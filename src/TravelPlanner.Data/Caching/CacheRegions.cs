namespace TravelPlanner.Data.Caching;

/// <summary>What is cached and for how long: the seed's TTLs.</summary>
internal static class CacheRegions
{
    public static readonly CacheRegion TripLists = new("trips:user", "trips", TimeSpan.FromMinutes(5));
    public static readonly CacheRegion TripStatistics = new("trips:stats", "trips", TimeSpan.FromMinutes(10));
    public static readonly CacheRegion Companions = new("companions:user", "companions", TimeSpan.FromMinutes(5));
    public static readonly CacheRegion Vouchers = new("vouchers:user", "vouchers", TimeSpan.FromMinutes(5));
    public static readonly CacheRegion AirportByCode = new("airport:code", "airports", TimeSpan.FromHours(24));
    public static readonly CacheRegion AirportSearch = new("airport:search", "airports", TimeSpan.FromHours(24));

    public static readonly IReadOnlyList<CacheRegion> All = [TripLists, TripStatistics, Companions, Vouchers, AirportByCode, AirportSearch];

    /// <summary>The regions a write to <paramref name="group"/> drops.</summary>
    public static IReadOnlyList<CacheRegion> InGroup(string group) => All.Where(r => r.Group == group).ToList();
}
