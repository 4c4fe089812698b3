using System.Data.Common;
using TravelPlanner.Data.Models;

namespace TravelPlanner.Data.Repositories.Rows;

/// <summary>A <see cref="Transportation"/> leg, as <c>trips/get_trip_with_details</c> lists them.</summary>
internal sealed class TransportationRow : IRowReader<Transportation>
{
    public static IReadOnlyList<string> Columns { get; } =
    [
        "id", "userId", "tripId", "type", "carrier", "origin", "destination", "departureDateTime", "arrivalDateTime",
        "confirmationNumber", "notes", "createdAt", "updatedAt",
    ];

    public static Transportation Read(DbDataReader reader) => new(
        reader.GetGuid(0),
        reader.GetGuid(1),
        reader.NullableGuid(2),
        reader.Enum<TransportationType>(3),
        reader.NullableString(4),
        reader.GetString(5),
        reader.GetString(6),
        reader.GetDateTime(7),
        reader.GetDateTime(8),
        reader.NullableString(9),
        reader.NullableString(10),
        reader.GetDateTime(11),
        reader.GetDateTime(12));
}
