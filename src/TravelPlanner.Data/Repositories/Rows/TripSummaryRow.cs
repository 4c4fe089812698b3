using System.Data.Common;
using TravelPlanner.Data.Models;

namespace TravelPlanner.Data.Repositories.Rows;

/// <summary>The columns of a <see cref="TripSummary"/>, as the trip lists return them after their head (<see cref="TripListRow"/>).</summary>
internal static class TripSummaryRow
{
    public static IReadOnlyList<string> Columns { get; } =
    [
        "id", "userId", "name", "departureDate", "returnDate", "purpose", "description", "createdAt", "updatedAt",
        "isShared", "flightCount", "hotelCount", "transportationCount", "carRentalCount", "eventCount",
    ];

    /// <summary>The trip whose columns start at <paramref name="first"/>.</summary>
    public static TripSummary Read(DbDataReader reader, int first) => new(
        reader.GetGuid(first),
        reader.GetGuid(first + 1),
        reader.GetString(first + 2),
        reader.Date(first + 3),
        reader.Date(first + 4),
        reader.Enum<TripPurpose>(first + 5),
        reader.NullableString(first + 6),
        reader.GetDateTime(first + 7),
        reader.GetDateTime(first + 8),
        reader.GetBoolean(first + 9),
        reader.GetInt32(first + 10),
        reader.GetInt32(first + 11),
        reader.GetInt32(first + 12),
        reader.GetInt32(first + 13),
        reader.GetInt32(first + 14));
}
