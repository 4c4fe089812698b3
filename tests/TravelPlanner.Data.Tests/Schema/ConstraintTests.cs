using System.Text.RegularExpressions;
using Npgsql;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Schema;

/// <summary>Each rule the seed leaves to "application level" is also refused by the database itself.</summary>
public sealed partial class ConstraintTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    // {user}, {other}, {trip}, {otherTrip}, {flight}, {voucher}, {companion} are fresh rows made per case.
    [Theory]
    [InlineData("trips_return_date_not_before_departure", """insert into trips ("userId", name, "departureDate", "returnDate") values ('{user}', 'T', '2030-01-10', '2030-01-09')""")]
    [InlineData("trips_purpose_check", """insert into trips ("userId", name, "departureDate", "returnDate", purpose) values ('{user}', 'T', '2030-01-01', '2030-01-02', 'holiday')""")]
    [InlineData("trips_name_not_blank", """insert into trips ("userId", name, "departureDate", "returnDate") values ('{user}', '  ', '2030-01-01', '2030-01-02')""")]
    [InlineData("users_email_normalised", """insert into users (email, password, "firstName", "lastName") values ('Mixed@Example.com', 'x', 'A', 'B')""")]
    [InlineData("users_email_key", """insert into user_emails (email, "userId") select email, gen_random_uuid() from users where id = '{user}'""")]
    [InlineData("travel_companions_created_by_email_key", """insert into travel_companions ("createdBy", name, email) values ('{user}', 'Twin', 'SAME@example.com')""")]
    [InlineData("trip_companions_trip_id_companion_id_key", """insert into trip_companions ("userId", "tripId", "companionId") values ('{user}', '{trip}', '{companion}'), ('{user}', '{trip}', '{companion}')""")]
    [InlineData("companion_relationships_companion_id_user_id_key", """insert into companion_relationships ("createdBy", "companionId", "userId") values ('{user}', '{companion}', '{other}'), ('{user}', '{companion}', '{other}')""")]
    [InlineData("vouchers_voucher_number", """insert into vouchers ("userId", type, issuer, "voucherNumber", "totalValue") select '{user}', 'FLIGHT', 'AA', "voucherNumber", 5 from vouchers where id = '{voucher}'""")]
    [InlineData("vouchers_total_value_non_negative", """insert into vouchers ("userId", type, issuer, "voucherNumber", "totalValue", "usedAmount") values ('{user}', 'FLIGHT', 'AA', gen_random_uuid()::text, -1, 0)""")]
    [InlineData("vouchers_used_amount_non_negative", """update vouchers set "usedAmount" = -0.01 where id = '{voucher}'""")]
    [InlineData("vouchers_used_amount_within_total", """update vouchers set "usedAmount" = 100.01 where id = '{voucher}'""")]
    [InlineData("vouchers_status_check", """update vouchers set status = 'LOST' where id = '{voucher}'""")]
    [InlineData("vouchers_type_check", """update vouchers set type = 'CRUISE' where id = '{voucher}'""")]
    [InlineData("vouchers_currency_format", """update vouchers set currency = 'usd' where id = '{voucher}'""")]
    [InlineData("voucher_attachments_amount_used_positive", """insert into voucher_attachments ("userId", "voucherId", "flightId", "travelerId", "travelerType", "amountUsed") values ('{user}', '{voucher}', '{flight}', '{user}', 'USER', 0)""")]
    [InlineData("voucher_attachments_traveler_type_check", """insert into voucher_attachments ("userId", "voucherId", "flightId", "travelerId", "travelerType", "amountUsed") values ('{user}', '{voucher}', '{flight}', '{user}', 'PET', 1)""")]
    [InlineData("item_companions_item_type_check", """insert into item_companions ("userId", "itemType", "itemId", "travelerType", "travelerId") values ('{user}', 'CRUISE', '{flight}', 'USER', '{user}')""")]
    [InlineData("item_companions_traveler_type_check", """insert into item_companions ("userId", "itemType", "itemId", "travelerType", "travelerId") values ('{user}', 'FLIGHT', '{flight}', 'PET', '{user}')""")]
    [InlineData("item_companions_item_traveler_key", """insert into item_companions ("userId", "itemType", "itemId", "travelerType", "travelerId") values ('{user}', 'FLIGHT', '{flight}', 'USER', '{user}'), ('{user}', 'FLIGHT', '{flight}', 'USER', '{user}')""")]
    [InlineData("trip_invitations_status_check", """insert into trip_invitations ("tripId", "invitedUserId", "invitedBy", status) values ('{trip}', '{other}', '{user}', 'maybe')""")]
    [InlineData("trip_invitations_no_self_invite", """insert into trip_invitations ("tripId", "invitedUserId", "invitedBy") values ('{trip}', '{user}', '{user}')""")]
    [InlineData("trip_invitations_trip_id_invited_user_id_live_key", """insert into trip_invitations ("tripId", "invitedUserId", "invitedBy") values ('{trip}', '{other}', '{user}'), ('{trip}', '{other}', '{user}')""")]
    [InlineData("flights_arrival_after_departure", """insert into flights ("userId", "flightNumber", origin, destination, "departureDateTime", "arrivalDateTime") values ('{user}', 'AA1', 'ORD', 'LHR', '2030-01-01 10:00Z', '2030-01-01 10:00Z')""")]
    [InlineData("hotels_check_out_after_check_in", """insert into hotels ("userId", name, "checkInDateTime", "checkOutDateTime") values ('{user}', 'H', '2030-01-02Z', '2030-01-01Z')""")]
    [InlineData("transportation_type_check", """insert into transportation ("userId", type, origin, destination, "departureDateTime", "arrivalDateTime") values ('{user}', 'rocket', 'A', 'B', '2030-01-01 10:00Z', '2030-01-01 11:00Z')""")]
    [InlineData("transportation_arrival_after_departure", """insert into transportation ("userId", type, origin, destination, "departureDateTime", "arrivalDateTime") values ('{user}', 'train', 'A', 'B', '2030-01-01 10:00Z', '2030-01-01 09:00Z')""")]
    [InlineData("car_rentals_dropoff_after_pickup", """insert into car_rentals ("userId", company, "pickupLocation", "dropoffLocation", "pickupDateTime", "dropoffDateTime") values ('{user}', 'Hertz', 'A', 'B', '2030-01-02Z', '2030-01-01Z')""")]
    [InlineData("events_end_not_before_start", """insert into events ("userId", name, "startDateTime", "endDateTime") values ('{user}', 'Concert', '2030-01-02Z', '2030-01-01Z')""")]
    [InlineData("airports_iata_format", """insert into airports (iata, name, city, country) values ('lhr', 'Heathrow', 'London', 'United Kingdom')""")]
    [InlineData("airport_significance_range", """insert into airport_significance (iata, significance) values ('ZZZ', 4)""")]
    [InlineData("flights_trip_id_fkey", """insert into flights ("userId", "tripId", "flightNumber", origin, destination, "departureDateTime", "arrivalDateTime") values ('{user}', '{otherTrip}', 'AA1', 'ORD', 'LHR', '2030-01-01 10:00Z', '2030-01-01 12:00Z')""")]
    [InlineData("hotels_trip_id_fkey", """insert into hotels ("userId", "tripId", name, "checkInDateTime", "checkOutDateTime") values ('{user}', '{otherTrip}', 'H', '2030-01-01Z', '2030-01-02Z')""")]
    [InlineData("users_first_name_not_blank", """update users set "firstName" = ' ' where id = '{user}'""")]
    [InlineData("users_last_name_not_blank", """update users set "lastName" = '' where id = '{user}'""")]
    [InlineData("flights_flight_number_not_blank", """update flights set "flightNumber" = ' ' where id = '{flight}'""")]
    [InlineData("flights_origin_not_blank", """update flights set origin = ' ' where id = '{flight}'""")]
    [InlineData("flights_destination_not_blank", """update flights set destination = '' where id = '{flight}'""")]
    [InlineData("hotels_name_not_blank", """insert into hotels ("userId", name, "checkInDateTime", "checkOutDateTime") values ('{user}', ' ', '2030-01-01Z', '2030-01-02Z')""")]
    [InlineData("transportation_origin_not_blank", """insert into transportation ("userId", type, origin, destination, "departureDateTime", "arrivalDateTime") values ('{user}', 'train', ' ', 'B', '2030-01-01 10:00Z', '2030-01-01 11:00Z')""")]
    [InlineData("transportation_destination_not_blank", """insert into transportation ("userId", type, origin, destination, "departureDateTime", "arrivalDateTime") values ('{user}', 'train', 'A', '', '2030-01-01 10:00Z', '2030-01-01 11:00Z')""")]
    [InlineData("car_rentals_company_not_blank", """insert into car_rentals ("userId", company, "pickupLocation", "dropoffLocation", "pickupDateTime", "dropoffDateTime") values ('{user}', ' ', 'A', 'B', '2030-01-01Z', '2030-01-02Z')""")]
    [InlineData("car_rentals_pickup_location_not_blank", """insert into car_rentals ("userId", company, "pickupLocation", "dropoffLocation", "pickupDateTime", "dropoffDateTime") values ('{user}', 'Hertz', '', 'B', '2030-01-01Z', '2030-01-02Z')""")]
    [InlineData("car_rentals_dropoff_location_not_blank", """insert into car_rentals ("userId", company, "pickupLocation", "dropoffLocation", "pickupDateTime", "dropoffDateTime") values ('{user}', 'Hertz', 'A', ' ', '2030-01-01Z', '2030-01-02Z')""")]
    [InlineData("events_name_not_blank", """insert into events ("userId", name, "startDateTime", "endDateTime") values ('{user}', ' ', '2030-01-01Z', '2030-01-02Z')""")]
    [InlineData("travel_companions_name_not_blank", """update travel_companions set name = ' ' where id = '{companion}'""")]
    [InlineData("travel_companions_email_format", """update travel_companions set email = 'no-at-sign' where id = '{companion}'""")]
    [InlineData("vouchers_issuer_not_blank", """update vouchers set issuer = ' ' where id = '{voucher}'""")]
    [InlineData("vouchers_voucher_number_not_blank", """update vouchers set "voucherNumber" = '' where id = '{voucher}'""")]
    [InlineData("vouchers_not_own_parent", """update vouchers set "parentVoucherId" = id where id = '{voucher}'""")]
    [InlineData("airports_icao_format", """insert into airports (iata, icao, name, city, country) values ('QQA', 'egl', 'X', 'Y', 'Z')""")]
    [InlineData("airports_latitude_range", """insert into airports (iata, name, city, country, latitude, longitude) values ('QQB', 'X', 'Y', 'Z', 90.5, 0)""")]
    [InlineData("airports_longitude_range", """insert into airports (iata, name, city, country, latitude, longitude) values ('QQC', 'X', 'Y', 'Z', 0, -180.5)""")]
    public async Task A_row_breaking_a_rule_is_refused_by_the_named_constraint(string constraint, string sqlTemplate)
    {
        var rows = new SchemaRows(database.DataSource);
        var user = await rows.UserAsync();
        var other = await rows.UserAsync();
        var trip = await rows.TripAsync(user);
        var otherTrip = await rows.TripAsync(other);
        var flight = await rows.FlightAsync(user, trip);
        var voucher = await rows.VoucherAsync(user);
        var companion = await rows.CompanionAsync(user, "same@example.com");
        var sql = sqlTemplate
            .Replace("{user}", user.ToString(), StringComparison.Ordinal)
            .Replace("{otherTrip}", otherTrip.ToString(), StringComparison.Ordinal)
            .Replace("{other}", other.ToString(), StringComparison.Ordinal)
            .Replace("{trip}", trip.ToString(), StringComparison.Ordinal)
            .Replace("{flight}", flight.ToString(), StringComparison.Ordinal)
            .Replace("{voucher}", voucher.ToString(), StringComparison.Ordinal)
            .Replace("{companion}", companion.ToString(), StringComparison.Ordinal);

        var error = await Assert.ThrowsAsync<PostgresException>(() => rows.ExecuteAsync(sql));

        Assert.Equal(constraint, SchemaName(error));
    }

    // A Citus coordinator relays a worker's error without the constraint field, naming the shard's constraint
    // ("<name>_<shard id>") in the message; on one server the field holds the schema's name.
    private static string? SchemaName(PostgresException error) =>
        error.ConstraintName ?? ShardSuffix().Replace(ConstraintInMessage().Match(error.MessageText).Groups[1].Value, string.Empty);

    [GeneratedRegex("constraint \"([^\"]+)\"")]
    private static partial Regex ConstraintInMessage();

    [GeneratedRegex("_[0-9]+$")]
    private static partial Regex ShardSuffix();

    [Fact]
    public async Task Every_check_and_unique_rule_of_the_schema_has_a_row_that_breaks_it_above()
    {
        var tested = typeof(ConstraintTests).GetMethod(nameof(A_row_breaking_a_rule_is_refused_by_the_named_constraint))!
            .GetCustomAttributes(typeof(InlineDataAttribute), inherit: false)
            .Select(a => (string)((InlineDataAttribute)a).Data[0]!)
            .ToHashSet();
        var rows = new SchemaRows(database.DataSource);

        var rules = await rows.NamesAsync("""
            select conname from pg_constraint c join pg_namespace n on n.oid = c.connamespace
            where n.nspname = 'public' and c.contype in ('c', 'u')
            union
            select i.relname from pg_index x join pg_class i on i.oid = x.indexrelid join pg_namespace n on n.oid = i.relnamespace
            where n.nspname = 'public' and x.indisunique and not x.indisprimary
              and not exists (select 1 from pg_constraint c where c.conindid = x.indexrelid)
            """);

        Assert.NotEmpty(rules);
        // On a Citus coordinator the catalog also holds the reference table's local shard (airports_102008).
        var untested = rules.Where(rule => !ShardSuffix().IsMatch(rule)).Except(tested).ToList();
        Assert.True(untested.Count == 0, "No row breaks: " + string.Join(", ", untested));
    }

    [Fact]
    public async Task A_declined_invitation_may_be_followed_by_a_new_one()
    {
        var rows = new SchemaRows(database.DataSource);
        var owner = await rows.UserAsync();
        var invitee = await rows.UserAsync();
        var trip = await rows.TripAsync(owner);

        await rows.ExecuteAsync("""insert into trip_invitations ("tripId", "invitedUserId", "invitedBy", status) values ($1, $2, $3, 'declined')""", trip, invitee, owner);
        await rows.ExecuteAsync("""insert into trip_invitations ("tripId", "invitedUserId", "invitedBy") values ($1, $2, $3)""", trip, invitee, owner);

        Assert.Equal(2, await rows.CountAsync("""select count(*) from trip_invitations where "tripId" = $1""", trip));
    }

    [Fact]
    public async Task Companion_emails_are_unique_per_creator_only()
    {
        var rows = new SchemaRows(database.DataSource);
        var first = await rows.UserAsync();
        var second = await rows.UserAsync();

        await rows.CompanionAsync(first, "shared@example.com");
        await rows.CompanionAsync(second, "Shared@Example.com");
        await rows.CompanionAsync(first, email: null);
        await rows.CompanionAsync(first, email: null);

        Assert.Equal(4, await rows.CountAsync("""select count(*) from travel_companions where "createdBy" = any($1)""", new[] { first, second }));
    }

    [Fact]
    public async Task UpdatedAt_is_set_by_the_database_on_update()
    {
        var rows = new SchemaRows(database.DataSource);
        var user = await rows.UserAsync();
        var trip = await rows.TripAsync(user);
        await rows.ExecuteAsync("""update trips set "updatedAt" = timestamptz '2000-01-01Z' where id = $1""", trip);

        await rows.ExecuteAsync("update trips set name = 'Renamed' where id = $1", trip);

        Assert.Equal(1, await rows.CountAsync("""select count(*) from trips where id = $1 and "updatedAt" > timestamptz '2020-01-01Z'""", trip));
    }
}
