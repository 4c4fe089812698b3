using System.Text.Json;
using TravelPlanner.Data.Models;

namespace TravelPlanner.Data.Tests.Models;

/// <summary>The public enums in JSON, as a web API would bind them (System.Text.Json with its web defaults).</summary>
public sealed class EnumJsonTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public void Enums_are_written_by_name()
    {
        Assert.Equal("\"Business\"", JsonSerializer.Serialize(TripPurpose.Business, Web));
        Assert.Equal("\"Upcoming\"", JsonSerializer.Serialize(TripFilter.Upcoming, Web));
        Assert.Equal("\"CarRental\"", JsonSerializer.Serialize(ItemType.CarRental, Web));
    }

    [Theory]
    [InlineData("Pleasure")]
    [InlineData("pleasure")]
    [InlineData("PLEASURE")]
    public void A_command_binds_an_enum_in_either_casing_the_library_prints(string purpose)
    {
        // Regression: "purpose":"Pleasure" was refused although the library's own error message lists Pleasure
        // (and the database stores pleasure).
        var command = JsonSerializer.Deserialize<CreateTrip>(
            $$"""{"name":"Lisbon","departureDate":"2030-07-01","returnDate":"2030-07-05","purpose":"{{purpose}}"}""", Web);

        Assert.Equal(TripPurpose.Pleasure, command!.Purpose);
    }

    [Fact]
    public void Every_model_enum_reads_back_what_it_writes()
    {
        foreach (var type in typeof(TripPurpose).Assembly.GetExportedTypes().Where(t => t.IsEnum && t.Namespace == typeof(TripPurpose).Namespace))
        {
            foreach (var value in Enum.GetValues(type))
            {
                var json = JsonSerializer.Serialize(value, type, Web);
                Assert.StartsWith("\"", json, StringComparison.Ordinal);
                Assert.Equal(value, JsonSerializer.Deserialize(json, type, Web));
                Assert.Equal(value, JsonSerializer.Deserialize(json.ToLowerInvariant(), type, Web));
            }
        }
    }
}
