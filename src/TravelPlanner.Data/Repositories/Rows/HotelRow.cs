using System.Data.Common;
using TravelPlanner.Data.Models;

namespace TravelPlanner.Data.Repositories.Rows;

/// <summary>A <see cref="Hotel"/> stay, as <c>trips/get_trip_with_details</c> lists them.</summary>
internal sealed class HotelRow : IRowReader<Hotel>
{
    public static IReadOnlyList<string> Columns { get; } =
    [
        "id", "userId", "tripId", "name", "address", "checkInDateTime", "checkOutDateTime", "confirmationNumber",
        "notes", "createdAt", "updatedAt",
    ];

    public static Hotel Read(DbDataReader reader) => new(
        reader.GetGuid(0),
        reader.GetGuid(1),
        reader.NullableGuid(2),
        reader.GetString(3),
        reader.NullableString(4),
        reader.GetDateTime(5),
        reader.GetDateTime(6),
        reader.NullableString(7),
        reader.NullableString(8),
        reader.GetDateTime(9),
        reader.GetDateTime(10));
}
