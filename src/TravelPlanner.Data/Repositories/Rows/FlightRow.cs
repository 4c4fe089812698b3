using System.Data.Common;
using TravelPlanner.Data.Models;

namespace TravelPlanner.Data.Repositories.Rows;

/// <summary>A <see cref="Flight"/> with its airports' names, as <c>trips/get_trip_with_details</c> lists them.</summary>
internal sealed class FlightRow : IRowReader<Flight>
{
    public static IReadOnlyList<string> Columns { get; } =
    [
        "id", "userId", "tripId", "flightNumber", "origin", "destination", "departureDateTime", "arrivalDateTime",
        "seatNumber", "confirmationCode", "notes", "originName", "originCity", "destinationName", "destinationCity",
        "createdAt", "updatedAt",
    ];

    public static Flight Read(DbDataReader reader) => new(
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
        reader.NullableString(10),
        reader.NullableReferenceString(11), // the airports' names and cities: reference data (ReferenceText)
        reader.NullableReferenceString(12),
        reader.NullableReferenceString(13),
        reader.NullableReferenceString(14),
        reader.GetDateTime(15),
        reader.GetDateTime(16));
}
