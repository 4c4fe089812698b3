using Npgsql;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Schema;

/// <summary>
/// The delete rules chosen in the migrations: a trip takes its items and links with it, a user takes
/// everything they own, a voucher that paid for something cannot vanish on its own.
/// </summary>
public sealed class CascadeTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private readonly SchemaRows _rows = new(database.DataSource);

    [Fact]
    public async Task Deleting_a_trip_removes_its_items_companion_links_invitations_and_item_companions()
    {
        var owner = await _rows.UserAsync();
        var invitee = await _rows.UserAsync();
        var trip = await _rows.TripAsync(owner);
        var flight = await _rows.FlightAsync(owner, trip);
        var standalone = await _rows.FlightAsync(owner, tripId: null);
        var companion = await _rows.CompanionAsync(owner);
        await _rows.ExecuteAsync("""insert into hotels ("userId", "tripId", name, "checkInDateTime", "checkOutDateTime") values ($1, $2, 'H', '2030-01-01Z', '2030-01-02Z')""", owner, trip);
        await _rows.ExecuteAsync("""insert into events ("userId", "tripId", name, "startDateTime", "endDateTime") values ($1, $2, 'E', '2030-01-01Z', '2030-01-01Z')""", owner, trip);
        await _rows.ExecuteAsync("""insert into trip_companions ("userId", "tripId", "companionId") select "userId", id, $2 from trips where id = $1""", trip, companion);
        await _rows.ExecuteAsync("""insert into trip_invitations ("tripId", "invitedUserId", "invitedBy") values ($1, $2, $3)""", trip, invitee, owner);
        await _rows.ExecuteAsync("""insert into item_companions ("userId", "itemType", "itemId", "travelerType", "travelerId") select "createdBy", 'FLIGHT', item, 'COMPANION', id from travel_companions, unnest(array[$1, $3]) item where id = $2""", flight, companion, standalone);

        await _rows.ExecuteAsync("delete from trips where id = $1", trip);

        Assert.Equal(0, await _rows.CountAsync("""select count(*) from flights where "tripId" = $1""", trip));
        Assert.Equal(0, await _rows.CountAsync("""select count(*) from hotels where "tripId" = $1""", trip));
        Assert.Equal(0, await _rows.CountAsync("""select count(*) from events where "tripId" = $1""", trip));
        Assert.Equal(0, await _rows.CountAsync("""select count(*) from trip_companions where "tripId" = $1""", trip));
        Assert.Equal(0, await _rows.CountAsync("""select count(*) from trip_invitations where "tripId" = $1""", trip));
        Assert.Equal(0, await _rows.CountAsync("""select count(*) from item_companions where "itemId" = $1""", flight));
        // What was not in the trip stays: the standalone flight, its item companion, the companion profile.
        Assert.Equal(1, await _rows.CountAsync("select count(*) from flights where id = $1", standalone));
        Assert.Equal(1, await _rows.CountAsync("""select count(*) from item_companions where "itemId" = $1""", standalone));
        Assert.Equal(1, await _rows.CountAsync("select count(*) from travel_companions where id = $1", companion));
    }

    [Fact]
    public async Task Deleting_a_user_removes_everything_they_own()
    {
        var user = await _rows.UserAsync();
        var friend = await _rows.UserAsync();
        var trip = await _rows.TripAsync(user);
        var flight = await _rows.FlightAsync(user, trip);
        await _rows.FlightAsync(user, tripId: null);
        var voucher = await _rows.VoucherAsync(user);
        var companion = await _rows.CompanionAsync(user);
        var friendsTrip = await _rows.TripAsync(friend);
        await _rows.ExecuteAsync("""insert into voucher_attachments ("userId", "voucherId", "flightId", "travelerId", "travelerType", "amountUsed") values ($3, $1, $2, $3, 'USER', 10)""", voucher, flight, user);
        await _rows.ExecuteAsync("""insert into item_companions ("userId", "itemType", "itemId", "travelerType", "travelerId") values ($2, 'FLIGHT', $1, 'USER', $2)""", flight, user);
        await _rows.ExecuteAsync("""insert into companion_relationships ("createdBy", "companionId", "userId") select "createdBy", id, $2 from travel_companions where id = $1""", companion, friend);
        await _rows.ExecuteAsync("""insert into trip_invitations ("tripId", "invitedUserId", "invitedBy") values ($1, $2, $3)""", friendsTrip, user, friend);

        await _rows.ExecuteAsync("delete from users where id = $1", user);

        foreach (var table in new[] { "trips", "flights", "hotels", "transportation", "car_rentals", "events", "vouchers" })
        {
            Assert.Equal(0, await _rows.CountAsync($"""select count(*) from {table} where "userId" = $1""", user));
        }

        Assert.Equal(0, await _rows.CountAsync("""select count(*) from travel_companions where "createdBy" = $1""", user));
        Assert.Equal(0, await _rows.CountAsync("""select count(*) from voucher_attachments where "voucherId" = $1""", voucher));
        Assert.Equal(0, await _rows.CountAsync("""select count(*) from item_companions where "travelerId" = $1""", user));
        Assert.Equal(0, await _rows.CountAsync("""select count(*) from companion_relationships where "companionId" = $1""", companion));
        Assert.Equal(0, await _rows.CountAsync("""select count(*) from trip_invitations where "invitedUserId" = $1""", user));
        // The other user's own trip is untouched.
        Assert.Equal(1, await _rows.CountAsync("select count(*) from trips where id = $1", friendsTrip));
    }

    [Fact]
    public async Task A_linked_account_going_away_unlinks_the_companion_profile_but_keeps_it()
    {
        var creator = await _rows.UserAsync();
        var linked = await _rows.UserAsync();
        var companion = await _rows.CompanionAsync(creator);
        await _rows.ExecuteAsync("""update travel_companions set "userId" = $1 where id = $2""", linked, companion);

        await _rows.ExecuteAsync("delete from users where id = $1", linked);

        Assert.Equal(1, await _rows.CountAsync("""select count(*) from travel_companions where id = $1 and "userId" is null""", companion));
    }

    [Fact]
    public async Task Deleting_a_companion_removes_its_trip_links_and_item_assignments()
    {
        var owner = await _rows.UserAsync();
        var trip = await _rows.TripAsync(owner);
        var flight = await _rows.FlightAsync(owner, trip);
        var companion = await _rows.CompanionAsync(owner);
        await _rows.ExecuteAsync("""insert into trip_companions ("userId", "tripId", "companionId") select "userId", id, $2 from trips where id = $1""", trip, companion);
        await _rows.ExecuteAsync("""insert into item_companions ("userId", "itemType", "itemId", "travelerType", "travelerId") values ($3, 'FLIGHT', $1, 'COMPANION', $2), ($3, 'FLIGHT', $1, 'USER', $3)""", flight, companion, owner);

        await _rows.ExecuteAsync("delete from travel_companions where id = $1", companion);

        Assert.Equal(0, await _rows.CountAsync("""select count(*) from trip_companions where "companionId" = $1""", companion));
        Assert.Equal(0, await _rows.CountAsync("""select count(*) from item_companions where "travelerId" = $1""", companion));
        Assert.Equal(1, await _rows.CountAsync("""select count(*) from item_companions where "travelerId" = $1""", owner));
    }

    [Fact]
    public async Task A_voucher_with_attachments_cannot_be_deleted_on_its_own()
    {
        var user = await _rows.UserAsync();
        var flight = await _rows.FlightAsync(user, tripId: null);
        var voucher = await _rows.VoucherAsync(user);
        await _rows.ExecuteAsync("""insert into voucher_attachments ("userId", "voucherId", "flightId", "travelerId", "travelerType", "amountUsed") values ($3, $1, $2, $3, 'USER', 10)""", voucher, flight, user);

        var error = await Assert.ThrowsAsync<PostgresException>(() => _rows.ExecuteAsync("delete from vouchers where id = $1", voucher));

        Assert.Equal("voucher_attachments_voucher_id_fkey", error.ConstraintName);
    }

    [Fact]
    public async Task Deleting_a_parent_voucher_keeps_its_reissued_child()
    {
        var user = await _rows.UserAsync();
        var parent = await _rows.VoucherAsync(user);
        var child = await _rows.VoucherAsync(user);
        await _rows.ExecuteAsync("""update vouchers set "parentVoucherId" = $1 where id = $2""", parent, child);

        await _rows.ExecuteAsync("delete from vouchers where id = $1", parent);

        Assert.Equal(1, await _rows.CountAsync("""select count(*) from vouchers where id = $1 and "parentVoucherId" is null""", child));
    }
}
