using Npgsql;
using TravelPlanner.Benchmarks.Setup;
using TravelPlanner.Data.Models;

namespace TravelPlanner.Benchmarks.Baselines.Raw;

/// <summary>Airport reads through a hand-written reader loop: the library's SQL, and the seed's search as written.</summary>
internal sealed class RawAirports(NpgsqlDataSource dataSource)
{
    private static readonly string GetAirportByCode = LibrarySql.Get("airports/get_airport_by_code");
    private static readonly string SearchAirports = LibrarySql.Get("airports/search_airports");
    private static readonly string SeedSearch = SeedSql.Get("seed_airport_search");

    public async Task<Airport?> GetAirportByCodeAsync(string code)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(GetAirportByCode, connection);
        command.Parameters.Add(new NpgsqlParameter<string>("Code", code));
        await command.PrepareAsync();
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? RawRows.Airport(reader) : null;
    }

    public async Task<List<Airport>> SearchAirportsAsync(string query, int limit)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(SearchAirports, connection);
        command.Parameters.Add(new NpgsqlParameter<string>("Query", query));
        command.Parameters.Add(new NpgsqlParameter<string>("Pattern", Like(query)));
        command.Parameters.Add(new NpgsqlParameter<int>("Limit", limit));
        await command.PrepareAsync();
        await using var reader = await command.ExecuteReaderAsync();
        return await RawRows.ReadAllAsync(reader, RawRows.Airport);
    }

    /// <summary>The seed's query as written, on the seed-indexed copy of the table (no trigram index); returns the codes.</summary>
    public async Task<List<string>> SeedSearchAirportsAsync(string query)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(SeedSearch, connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = Like(query) });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = query });
        await command.PrepareAsync();
        await using var reader = await command.ExecuteReaderAsync();
        return await RawRows.ReadAllAsync(reader, r => r.GetString(0));
    }

    // As the library's LikePattern.Contains: %, _ and \ match literally.
    public static string Like(string text) =>
        "%" + text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal) + "%";
}
