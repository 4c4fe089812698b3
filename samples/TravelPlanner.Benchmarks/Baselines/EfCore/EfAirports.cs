using Microsoft.EntityFrameworkCore;
using TravelPlanner.Benchmarks.Baselines.Raw;
using TravelPlanner.Data.Models;

namespace TravelPlanner.Benchmarks.Baselines.EfCore;

/// <summary>Airport reads in LINQ, AsNoTracking, written to give the library's SQL (lower(x) LIKE, same ranking).</summary>
internal sealed class EfAirports(IDbContextFactory<TravelDbContext> contexts)
{
    public async Task<Airport?> GetAirportByCodeAsync(string code)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var airport = await db.Airports.AsNoTracking().SingleOrDefaultAsync(a => a.Iata == code);
        return airport is null ? null : EfMap.Airport(airport);
    }

    public async Task<List<Airport>> SearchAirportsAsync(string query, int limit)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var pattern = RawAirports.Like(query).ToLowerInvariant();
        var upper = query.ToUpperInvariant();
        var lower = query.ToLowerInvariant();
        var rows = await db.Airports.AsNoTracking()
            .Where(a => EF.Functions.Like(a.City.ToLower(), pattern, @"\") || EF.Functions.Like(a.Name.ToLower(), pattern, @"\") || a.Iata == upper)
            .OrderBy(a => a.Iata == upper ? 0 : 1)
            .ThenBy(a => a.City.ToLower() == lower ? 0 : 1)
            .ThenBy(a => a.Name)
            .ThenBy(a => a.Iata)
            .Take(limit)
            .ToListAsync();
        return rows.ConvertAll(EfMap.Airport);
    }
}
