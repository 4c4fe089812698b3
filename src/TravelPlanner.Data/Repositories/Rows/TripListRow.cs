using System.Data.Common;
using TravelPlanner.Data.Models;

namespace TravelPlanner.Data.Repositories.Rows;

/// <summary>
/// One row of <c>trips/list_user_trips</c> or <c>trips/list_visible_trips</c>: the total and whether the user has shared
/// trips (the same on every row), then a trip, or none on the one row past the end. A struct: no head object per row.
/// </summary>
internal readonly record struct TripListRow(int TotalCount, bool HasSharedTrips, TripSummary? Trip) : IRowReader<TripListRow>
{
    public static IReadOnlyList<string> Columns { get; } = ["totalCount", "hasSharedTrips", .. TripSummaryRow.Columns];

    public static TripListRow Read(DbDataReader reader) =>
        new(reader.GetInt32(0), reader.GetBoolean(1), reader.IsDBNull(2) ? null : TripSummaryRow.Read(reader, first: 2));
}
