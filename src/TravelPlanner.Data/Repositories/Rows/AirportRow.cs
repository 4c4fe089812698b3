using System.Data.Common;
using TravelPlanner.Data.Models;

namespace TravelPlanner.Data.Repositories.Rows;

/// <summary>An <see cref="Airport"/> from <c>airports/search_airports</c> or <c>airports/get_airport_by_code</c>; its text is reference data (<see cref="ReferenceText"/>).</summary>
internal sealed class AirportRow : IRowReader<Airport>
{
    public static IReadOnlyList<string> Columns { get; } = ["iata", "icao", "name", "city", "country", "latitude", "longitude", "timezone"];

    public static Airport Read(DbDataReader reader) => new(
        reader.ReferenceString(0),
        reader.NullableReferenceString(1),
        reader.ReferenceString(2),
        reader.ReferenceString(3),
        reader.ReferenceString(4),
        reader.NullableDecimal(5),
        reader.NullableDecimal(6),
        reader.NullableReferenceString(7));
}
