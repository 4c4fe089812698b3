using System.CommandLine;
using TravelPlanner.Benchmarks.Setup;

namespace TravelPlanner.Benchmarks;

/// <summary>The seed-size options every command shares.</summary>
internal sealed class SeedOptions
{
    public Option<int> Users { get; } = new("--seed-users") { Description = "Seeded users (each with --seed-trips trips, two flights, a hotel and an event per trip).", DefaultValueFactory = _ => 5000 };

    public Option<int> TripsPerUser { get; } = new("--seed-trips") { Description = "Trips per seeded user.", DefaultValueFactory = _ => 10 };

    public void AddTo(Command command)
    {
        command.Options.Add(Users);
        command.Options.Add(TripsPerUser);
    }

    public SeedScale Read(ParseResult result) => new(result.GetValue(Users), result.GetValue(TripsPerUser));
}
