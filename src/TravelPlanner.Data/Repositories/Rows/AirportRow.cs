using System.Data.Common;
using TravelPlanner.Data.Models;

namespace TravelPlanner.Data.Repositories.Rows;

/// <summary>An <see cref="Airport"/> from <c>airports/search_airports</c>.</summary>
internal sealed class AirportRow : IRowReader<Airport>
{
    public static IReadOnlyList<string> Columns { get; } = ["iata", "icao", "name", "city", "country", "latitude", "longitude", "timezone"];

    public static Airport Read(DbDataReader reader) => new(
        reader.GetString(0),
        reader.NullableString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.NullableDecimal(5),
        reader.NullableDecimal(6),
        reader.NullableString(7));
}
