using TravelPlanner.Data.Models;
using TravelPlanner.Data.Services.Airports;

namespace TravelPlanner.Data.Tests.Services.Airports;

public sealed class FlightNumberParserTests
{
    private static readonly AirlineDirectory Airlines = AirlineDirectory.Shipped;

    [Theory]
    [InlineData("AA100", "AA", 100, null, "AA100", "American Airlines")]
    [InlineData("aa 100", "AA", 100, null, "AA100", "American Airlines")]
    [InlineData("  aa100  ", "AA", 100, null, "AA100", "American Airlines")]
    [InlineData("BA2490", "BA", 2490, null, "BA2490", "British Airways")]
    [InlineData("U2 123", "U2", 123, null, "U2123", "easyJet")]
    [InlineData("U21234", "U2", 1234, null, "U21234", "easyJet")]
    [InlineData("9W 5", "9W", 5, null, "9W5", "Jet Airways")]
    [InlineData("6E2045", "6E", 2045, null, "6E2045", "IndiGo")]
    [InlineData("BA-0025", "BA", 25, null, "BA25", "British Airways")]
    [InlineData("BA 0025", "BA", 25, null, "BA25", "British Airways")]
    [InlineData("LH400A", "LH", 400, 'A', "LH400A", "Lufthansa")]
    [InlineData("BA9999", "BA", 9999, null, "BA9999", "British Airways")]
    public void Flight_numbers_with_an_iata_designator_are_split_and_normalised(
        string input, string code, int number, char? suffix, string normalized, string airline)
    {
        var result = FlightNumberParser.Parse(input, Airlines);

        Assert.True(result.Success, result.Error);
        Assert.Equal(code, result.AirlineCode);
        Assert.Equal(number, result.Number);
        Assert.Equal(suffix, result.Suffix);
        Assert.Equal(normalized, result.Normalized);
        Assert.Equal(airline, result.Airline?.Name);
        Assert.Null(result.Error);
    }

    [Fact]
    public void An_icao_prefix_is_recognised_and_normalised_to_the_airlines_iata_designator()
    {
        var result = FlightNumberParser.Parse("BAW2490", Airlines);

        Assert.True(result.Success);
        Assert.Equal("BAW", result.AirlineCode);
        Assert.Equal(2490, result.Number);
        Assert.Equal("BA2490", result.Normalized);
        Assert.Equal("BA", result.Airline?.Iata);
    }

    [Fact]
    public void Both_spellings_of_one_flight_normalise_alike()
    {
        Assert.Equal(FlightNumberParser.Parse("ezy 8001", Airlines).Normalized, FlightNumberParser.Parse("U2 8001", Airlines).Normalized);
    }

    [Theory]
    [InlineData("XQ123", "XQ", "XQ123")]
    [InlineData("QQQ77", "QQQ", "QQQ77")]
    public void A_well_formed_flight_number_of_an_unlisted_airline_parses_without_an_airline(string input, string code, string normalized)
    {
        var result = FlightNumberParser.Parse(input, new AirlineDirectory([]));

        Assert.True(result.Success);
        Assert.Equal(code, result.AirlineCode);
        Assert.Equal(normalized, result.Normalized);
        Assert.Null(result.Airline);
    }

    [Theory]
    [InlineData(null, "required")]
    [InlineData("", "required")]
    [InlineData("   ", "required")]
    [InlineData("12", "no airline code")]
    [InlineData("1234", "no airline code")]
    [InlineData("AA", "no flight number")]
    [InlineData("BAW", "no flight number")]
    [InlineData("AA12345", "more than 4 digits")]
    [InlineData("BAW 123456", "more than 4 digits")]
    [InlineData("AA0", "1 to 9999")]
    [InlineData("ABCD", "not a flight number")]
    [InlineData("ABCD123", "not a flight number")]
    [InlineData("A1", "no flight number")]
    [InlineData("LH 400 A", "not a flight number")]
    [InlineData("12 345", "not a flight number")]
    [InlineData("AA100AB", "not a flight number")]
    [InlineData("AA 1 00", "not a flight number")]
    [InlineData("AA_100", "not a flight number")]
    [InlineData("ÄA100", "not a flight number")]
    [InlineData("AA100\nBA200", "not a flight number")]
    [InlineData("this is certainly not a flight number", "at most 16 characters")]
    public void Garbage_gives_a_failed_result_with_a_message(string? input, string messagePart)
    {
        var result = FlightNumberParser.Parse(input, Airlines);

        Assert.False(result.Success);
        Assert.Contains(messagePart, result.Error, StringComparison.Ordinal);
        Assert.Null(result.AirlineCode);
        Assert.Null(result.Normalized);
        Assert.Null(result.Airline);
    }

    [Fact]
    public void A_result_cannot_be_built_in_an_inconsistent_state()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FlightNumberParseResult.Parsed("BA", 0, null, "BA0", null));
        Assert.Throws<ArgumentException>(() => FlightNumberParseResult.Failed(" "));
    }
}
