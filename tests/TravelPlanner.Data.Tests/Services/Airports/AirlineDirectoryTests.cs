using TravelPlanner.Data.Models;
using TravelPlanner.Data.Services.Airports;

namespace TravelPlanner.Data.Tests.Services.Airports;

public sealed class AirlineDirectoryTests
{
    [Fact]
    public void The_shipped_directory_holds_every_airline_of_the_data_file_with_its_sanity_rows()
    {
        var airlines = AirlineDirectory.Shipped;

        Assert.Equal(1_057, airlines.Count);
        Assert.Equal(new Airline("AA", "AAL", "American Airlines", "United States"), airlines.FindByIata("AA"));
        Assert.Equal(new Airline("LH", "DLH", "Lufthansa", "Germany"), airlines.FindByIcao("DLH"));
        Assert.Equal("Eastern Airlines, LLC", airlines.FindByIata("2D")?.Name);
        Assert.Null(airlines.FindByIata("ZZ")?.Icao);
        Assert.Null(airlines.FindByIata("XX"));
    }

    [Fact]
    public void The_shipped_directory_is_loaded_once()
    {
        Assert.Same(AirlineDirectory.Shipped, AirlineDirectory.Shipped);
    }

    [Fact]
    public void Lookups_are_exact_and_take_upper_case_codes()
    {
        var airlines = new AirlineDirectory([new Airline("BA", "BAW", "British Airways", null)]);

        Assert.NotNull(airlines.FindByIata("BA"));
        Assert.Null(airlines.FindByIata("ba"));
        Assert.NotNull(airlines.FindByIcao("BAW"));
        Assert.Null(airlines.FindByIcao("BA"));
    }
}
