using System.Data.Common;
using TravelPlanner.Data.Models;

namespace TravelPlanner.Data.Repositories.Rows;

/// <summary>A <see cref="TripCompanionSummary"/>, as <c>trips/get_trip_with_details</c> lists them.</summary>
internal sealed class TripCompanionSummaryRow : IRowReader<TripCompanionSummary>
{
    public static IReadOnlyList<string> Columns { get; } = ["companionId", "name", "email", "relationship", "userId", "addedAt"];

    public static TripCompanionSummary Read(DbDataReader reader) => new(
        reader.GetGuid(0),
        reader.GetString(1),
        reader.NullableString(2),
        reader.NullableString(3),
        reader.NullableGuid(4),
        reader.GetDateTime(5));
}
