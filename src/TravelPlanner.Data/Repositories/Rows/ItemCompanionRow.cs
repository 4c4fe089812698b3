using System.Data.Common;
using TravelPlanner.Data.Models;

namespace TravelPlanner.Data.Repositories.Rows;

/// <summary>An <see cref="ItemCompanion"/>, as <c>trips/get_trip_with_details</c> and <c>item_companions/list_item_companions</c> list them (<c>itemType</c> without its underscore).</summary>
internal sealed class ItemCompanionRow : IRowReader<ItemCompanion>
{
    public static IReadOnlyList<string> Columns { get; } =
        ["id", "itemType", "itemId", "travelerType", "travelerId", "travelerName", "createdAt"];

    public static ItemCompanion Read(DbDataReader reader) => new(
        reader.GetGuid(0),
        reader.Enum<ItemType>(1),
        reader.GetGuid(2),
        reader.Enum<TravelerType>(3),
        reader.GetGuid(4),
        reader.NullableString(5),
        reader.GetDateTime(6));
}
