using BenchmarkDotNet.Attributes;

namespace TravelPlanner.Benchmarks.Suite;

/// <summary>
/// Airport search with and without the trigram indexes, both through raw Npgsql so only the database work
/// differs: the library's search_airports.sql on <c>airports</c> (pg_trgm GIN on lower(city), lower(name))
/// against the seed's query as written on <c>airports_seed_schema</c> (the same rows, the seed's btree indexes).
/// </summary>
[BenchmarkCategory("trigram")]
public class TrigramIndexBenchmarks : ContenderBenchmark
{
    [Params("chicago", "lon", "LHR")]
    public string Query { get; set; } = "";

    [Benchmark(Description = "library SQL, trigram indexes")]
    public Task<List<Data.Models.Airport>> Indexed() => Run.RawAirports.SearchAirportsAsync(Query, 10);

    [Benchmark(Baseline = true, Description = "seed SQL as written, seed indexes")]
    public Task<List<string>> SeedQuery() => Run.RawAirports.SeedSearchAirportsAsync(Query);
}
