using System.Data.Common;
using TravelPlanner.Data.Models;

namespace TravelPlanner.Data.Repositories.Rows;

/// <summary>A <see cref="TravelEvent"/>, as <c>trips/get_trip_with_details</c> lists them.</summary>
internal sealed class TravelEventRow : IRowReader<TravelEvent>
{
    public static IReadOnlyList<string> Columns { get; } =
        ["id", "userId", "tripId", "name", "location", "startDateTime", "endDateTime", "notes", "createdAt", "updatedAt"];

    public static TravelEvent Read(DbDataReader reader) => new(
        reader.GetGuid(0),
        reader.GetGuid(1),
        reader.NullableGuid(2),
        reader.GetString(3),
        reader.NullableString(4),
        reader.GetDateTime(5),
        reader.GetDateTime(6),
        reader.NullableString(7),
        reader.GetDateTime(8),
        reader.GetDateTime(9));
}
