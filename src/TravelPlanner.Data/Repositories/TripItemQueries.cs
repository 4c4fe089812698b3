using TravelPlanner.Data.Sql;

namespace TravelPlanner.Data.Repositories;

/// <summary>
/// The four statements of one kind of trip item, <c>sql/queries/&lt;area&gt;/{insert,get,update,delete}_&lt;item&gt;.sql</c>.
/// Each is scoped to the owner: <c>@Id</c> and <c>@UserId</c>, plus the item's fields for insert and update. The writes
/// change the owner's trips (an item count, an item moved), so each is an <see cref="OwnerTripsWrite"/>.
/// </summary>
internal sealed record TripItemQueries(OwnerTripsWrite Insert, ReadQuery Get, OwnerTripsWrite Update, OwnerTripsWrite Delete)
{
    /// <summary>The statements of the item named <paramref name="item"/> in folder <paramref name="area"/> (<c>("car_rentals", "car_rental")</c>).</summary>
    public static TripItemQueries For(string area, string item) => new(
        QueryCatalog.WriteOwnerTrips($"{area}/insert_{item}"),
        QueryCatalog.Read($"{area}/get_{item}"),
        QueryCatalog.WriteOwnerTrips($"{area}/update_{item}"),
        QueryCatalog.WriteOwnerTrips($"{area}/delete_{item}"));

    /// <summary>All four as their files have them, for the test suite's check of every declaration.</summary>
    public IEnumerable<SqlQuery> All => [Insert.Alone, Get, Update.Alone, Delete.Alone];
}
