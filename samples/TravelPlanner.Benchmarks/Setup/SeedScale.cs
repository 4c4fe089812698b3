namespace TravelPlanner.Benchmarks.Setup;

/// <summary>How much data Seed/seed.sql generates: <see cref="Users"/> users with <see cref="TripsPerUser"/> trips each.</summary>
internal sealed record SeedScale(int Users = 5000, int TripsPerUser = 10);
