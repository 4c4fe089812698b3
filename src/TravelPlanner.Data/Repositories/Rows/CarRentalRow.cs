using System.Data.Common;
using TravelPlanner.Data.Models;

namespace TravelPlanner.Data.Repositories.Rows;

/// <summary>A <see cref="CarRental"/>, as <c>trips/get_trip_with_details</c> lists them.</summary>
internal sealed class CarRentalRow : IRowReader<CarRental>
{
    public static IReadOnlyList<string> Columns { get; } =
    [
        "id", "userId", "tripId", "company", "pickupLocation", "dropoffLocation", "pickupDateTime", "dropoffDateTime",
        "confirmationNumber", "notes", "createdAt", "updatedAt",
    ];

    public static CarRental Read(DbDataReader reader) => new(
        reader.GetGuid(0),
        reader.GetGuid(1),
        reader.NullableGuid(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.GetString(5),
        reader.GetDateTime(6),
        reader.GetDateTime(7),
        reader.NullableString(8),
        reader.NullableString(9),
        reader.GetDateTime(10),
        reader.GetDateTime(11));
}
