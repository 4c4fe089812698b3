using System.Data.Common;
using TravelPlanner.Data.Models;

namespace TravelPlanner.Data.Repositories.Rows;

/// <summary>A <see cref="Trip"/>: the first result set of <c>trips/get_trip_with_details</c>, and what <c>trips/insert_trip</c> returns.</summary>
internal sealed class TripRow : IRowReader<Trip>
{
    public static IReadOnlyList<string> Columns { get; } =
        ["id", "userId", "name", "departureDate", "returnDate", "purpose", "description", "createdAt", "updatedAt"];

    public static Trip Read(DbDataReader reader) => new(
        reader.GetGuid(0),
        reader.GetGuid(1),
        reader.GetString(2),
        reader.Date(3),
        reader.Date(4),
        reader.Enum<TripPurpose>(5),
        reader.NullableString(6),
        reader.GetDateTime(7),
        reader.GetDateTime(8));
}
