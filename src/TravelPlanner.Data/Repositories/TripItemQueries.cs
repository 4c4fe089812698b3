using TravelPlanner.Data.Sql;

namespace TravelPlanner.Data.Repositories;

/// <summary>
/// The four statements of one kind of trip item, <c>sql/queries/&lt;area&gt;/{insert,get,update,delete}_&lt;item&gt;.sql</c>.
/// Each is scoped to the owner: <c>@Id</c> and <c>@UserId</c>, plus the item's fields for insert and update.
/// </summary>
internal sealed record TripItemQueries(WriteQuery Insert, ReadQuery Get, WriteQuery Update, WriteQuery Delete)
{
    /// <summary>The statements of the item named <paramref name="item"/> in folder <paramref name="area"/> (<c>("car_rentals", "car_rental")</c>).</summary>
    public static TripItemQueries For(string area, string item) => new(
        QueryCatalog.Write($"{area}/insert_{item}"),
        QueryCatalog.Read($"{area}/get_{item}"),
        QueryCatalog.Write($"{area}/update_{item}"),
        QueryCatalog.Write($"{area}/delete_{item}"));

    /// <summary>All four, for the start-up check.</summary>
    public IEnumerable<SqlQuery> All => [Insert, Get, Update, Delete];
}
