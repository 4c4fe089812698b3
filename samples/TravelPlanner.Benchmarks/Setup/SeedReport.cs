namespace TravelPlanner.Benchmarks.Setup;

/// <summary>What the seeding did: rows per table and how long it took.</summary>
internal sealed record SeedReport(IReadOnlyList<(string Table, long Rows)> Tables, TimeSpan Elapsed, double AirportRowsPerSecond);
