using Npgsql;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Schema;

/// <summary>The migrated schema matches the seed (as amended by REQUIREMENTS.md), read from the catalog.</summary>
public sealed class SchemaCatalogTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    // Every column of the seed's 11 tables with its type and nullability, plus the four item tables
    // and the "userId" owner REQUIREMENTS.md adds to every item table.
    private const string ExpectedColumns = """
        users.id uuid not null
        users.email character varying(255) not null
        users.password character varying(255) not null
        users.firstName character varying(100) not null
        users.lastName character varying(100) not null
        users.createdAt timestamp with time zone not null
        users.updatedAt timestamp with time zone not null
        users.hasSharedTrips boolean not null
        user_emails.email character varying(255) not null
        user_emails.userId uuid not null
        trips.id uuid not null
        trips.userId uuid not null
        trips.name character varying(255) not null
        trips.departureDate date not null
        trips.returnDate date not null
        trips.purpose character varying(50) not null
        trips.description text null
        trips.createdAt timestamp with time zone not null
        trips.updatedAt timestamp with time zone not null
        flights.id uuid not null
        flights.userId uuid not null
        flights.tripId uuid null
        flights.flightNumber character varying(20) not null
        flights.origin character varying(10) not null
        flights.destination character varying(10) not null
        flights.departureDateTime timestamp with time zone not null
        flights.arrivalDateTime timestamp with time zone not null
        flights.seatNumber character varying(10) null
        flights.confirmationCode character varying(50) null
        flights.notes text null
        flights.createdAt timestamp with time zone not null
        flights.updatedAt timestamp with time zone not null
        hotels.id uuid not null
        hotels.userId uuid not null
        hotels.tripId uuid null
        hotels.name character varying(255) not null
        hotels.address text null
        hotels.checkInDateTime timestamp with time zone not null
        hotels.checkOutDateTime timestamp with time zone not null
        hotels.confirmationNumber character varying(50) null
        hotels.notes text null
        hotels.createdAt timestamp with time zone not null
        hotels.updatedAt timestamp with time zone not null
        transportation.id uuid not null
        transportation.userId uuid not null
        transportation.tripId uuid null
        transportation.type character varying(20) not null
        transportation.carrier character varying(255) null
        transportation.origin character varying(255) not null
        transportation.destination character varying(255) not null
        transportation.departureDateTime timestamp with time zone not null
        transportation.arrivalDateTime timestamp with time zone not null
        transportation.confirmationNumber character varying(50) null
        transportation.notes text null
        transportation.createdAt timestamp with time zone not null
        transportation.updatedAt timestamp with time zone not null
        car_rentals.id uuid not null
        car_rentals.userId uuid not null
        car_rentals.tripId uuid null
        car_rentals.company character varying(255) not null
        car_rentals.pickupLocation character varying(255) not null
        car_rentals.dropoffLocation character varying(255) not null
        car_rentals.pickupDateTime timestamp with time zone not null
        car_rentals.dropoffDateTime timestamp with time zone not null
        car_rentals.confirmationNumber character varying(50) null
        car_rentals.notes text null
        car_rentals.createdAt timestamp with time zone not null
        car_rentals.updatedAt timestamp with time zone not null
        events.id uuid not null
        events.userId uuid not null
        events.tripId uuid null
        events.name character varying(255) not null
        events.location character varying(255) null
        events.startDateTime timestamp with time zone not null
        events.endDateTime timestamp with time zone not null
        events.notes text null
        events.createdAt timestamp with time zone not null
        events.updatedAt timestamp with time zone not null
        airports.iata character varying(3) not null
        airports.icao character varying(4) null
        airports.name character varying(255) not null
        airports.city character varying(255) not null
        airports.country character varying(255) not null
        airports.latitude numeric(10,6) null
        airports.longitude numeric(10,6) null
        airports.timezone character varying(50) null
        travel_companions.id uuid not null
        travel_companions.createdBy uuid not null
        travel_companions.userId uuid null
        travel_companions.name character varying(255) not null
        travel_companions.email character varying(255) null
        travel_companions.dateOfBirth date null
        travel_companions.relationship character varying(50) null
        travel_companions.createdAt timestamp with time zone not null
        travel_companions.updatedAt timestamp with time zone not null
        vouchers.id uuid not null
        vouchers.userId uuid not null
        vouchers.type character varying(50) not null
        vouchers.issuer character varying(255) not null
        vouchers.voucherNumber character varying(100) not null
        vouchers.associatedAccount character varying(255) null
        vouchers.currency character varying(3) not null
        vouchers.totalValue numeric(10,2) not null
        vouchers.usedAmount numeric(10,2) not null
        vouchers.status character varying(20) not null
        vouchers.expirationDate date null
        vouchers.parentVoucherId uuid null
        vouchers.notes text null
        vouchers.createdAt timestamp with time zone not null
        vouchers.updatedAt timestamp with time zone not null
        trip_companions.id uuid not null
        trip_companions.tripId uuid not null
        trip_companions.companionId uuid not null
        trip_companions.userId uuid not null
        trip_companions.createdAt timestamp with time zone not null
        trip_companions.updatedAt timestamp with time zone not null
        item_companions.id uuid not null
        item_companions.itemType character varying(50) not null
        item_companions.itemId uuid not null
        item_companions.travelerType character varying(20) not null
        item_companions.travelerId uuid not null
        item_companions.userId uuid not null
        item_companions.createdAt timestamp with time zone not null
        item_companions.updatedAt timestamp with time zone not null
        voucher_attachments.id uuid not null
        voucher_attachments.voucherId uuid not null
        voucher_attachments.flightId uuid not null
        voucher_attachments.travelerId uuid not null
        voucher_attachments.travelerType character varying(20) not null
        voucher_attachments.amountUsed numeric(10,2) not null
        voucher_attachments.userId uuid not null
        voucher_attachments.createdAt timestamp with time zone not null
        voucher_attachments.updatedAt timestamp with time zone not null
        trip_invitations.id uuid not null
        trip_invitations.tripId uuid not null
        trip_invitations.invitedUserId uuid not null
        trip_invitations.invitedBy uuid not null
        trip_invitations.status character varying(20) not null
        trip_invitations.createdAt timestamp with time zone not null
        trip_invitations.updatedAt timestamp with time zone not null
        companion_relationships.id uuid not null
        companion_relationships.companionId uuid not null
        companion_relationships.userId uuid not null
        companion_relationships.createdBy uuid not null
        companion_relationships.createdAt timestamp with time zone not null
        companion_relationships.updatedAt timestamp with time zone not null
        """;

    // The seed's exact index names, then this library's additions (trigram search, item owners).
    private static readonly string[] ExpectedIndexes =
    [
        "users_pkey", "users_email_key",
        "trips_pkey", "trips_user_id", "trips_departure_date", "trips_return_date",
        "flights_pkey", "flights_trip_id", "flights_departure_date_time", "flights_origin_destination",
        "airports_pkey", "airports_city", "airports_name",
        "travel_companions_pkey", "travel_companions_created_by", "travel_companions_user_id", "travel_companions_email",
        "vouchers_pkey", "vouchers_user_id", "vouchers_voucher_number", "vouchers_status", "vouchers_expiration_date",
        "trip_companions_pkey", "trip_companions_trip_id", "trip_companions_companion_id",
        "item_companions_pkey", "item_companions_item", "item_companions_traveler",
        "voucher_attachments_pkey", "voucher_attachments_voucher_id", "voucher_attachments_flight_id",
        "trip_invitations_pkey", "trip_invitations_trip_id", "trip_invitations_invited_user_id", "trip_invitations_status",
        "companion_relationships_pkey", "companion_relationships_companion_id", "companion_relationships_user_id",
        "airports_city_trgm", "airports_name_trgm",
        "flights_user_id", "hotels_user_id", "transportation_user_id", "car_rentals_user_id", "events_user_id",
        "hotels_trip_id", "transportation_trip_id", "car_rentals_trip_id", "events_trip_id",
        "travel_companions_created_by_email_key",
    ];

    // Unique rules: the seed's, and the ones it leaves to the application, each with the owner in it
    // (0008: a Citus cluster checks them on one shard); the e-mail's is user_emails' key.
    private static readonly string[] ExpectedUniqueIndexes =
    [
        "users_email_key (email)",
        "vouchers_voucher_number (\"userId\", \"voucherNumber\")",
        "trip_companions_trip_id_companion_id_key (\"userId\", \"tripId\", \"companionId\")",
        "companion_relationships_companion_id_user_id_key (\"createdBy\", \"companionId\", \"userId\")",
        "travel_companions_created_by_email_key (\"createdBy\", lower(email::text))",
    ];

    private static readonly string[] ExpectedForeignKeys =
    [
        "trips(userId) -> users on delete cascade",
        "flights(userId) -> users on delete cascade",
        "flights(tripId,userId) -> trips on delete cascade",
        "hotels(userId) -> users on delete cascade",
        "hotels(tripId,userId) -> trips on delete cascade",
        "transportation(userId) -> users on delete cascade",
        "transportation(tripId,userId) -> trips on delete cascade",
        "car_rentals(userId) -> users on delete cascade",
        "car_rentals(tripId,userId) -> trips on delete cascade",
        "events(userId) -> users on delete cascade",
        "events(tripId,userId) -> trips on delete cascade",
        "travel_companions(createdBy) -> users on delete cascade",
        "travel_companions(userId) -> users on delete set null",
        "vouchers(userId) -> users on delete cascade",
        "vouchers(parentVoucherId,userId) -> vouchers on delete set null",
        "trip_companions(tripId,userId) -> trips on delete cascade",
        "trip_companions(companionId,userId) -> travel_companions on delete cascade",
        "trip_companions(userId) -> users on delete cascade",
        "item_companions(userId) -> users on delete cascade",
        "voucher_attachments(voucherId,userId) -> vouchers on delete no action",
        "voucher_attachments(flightId,userId) -> flights on delete cascade",
        "voucher_attachments(userId) -> users on delete cascade",
        "trip_invitations(tripId,invitedBy) -> trips on delete cascade",
        "trip_invitations(invitedUserId) -> users on delete cascade",
        "trip_invitations(invitedBy) -> users on delete cascade",
        "companion_relationships(companionId,createdBy) -> travel_companions on delete cascade",
        "companion_relationships(createdBy) -> users on delete cascade",
        "companion_relationships(userId) -> users on delete cascade",
        "user_emails(userId) -> users on delete cascade",
    ];

    [Fact]
    public async Task Every_documented_column_exists_with_its_type_and_nullability()
    {
        var actual = await QueryAsync("""
            select table_name || '.' || column_name || ' ' ||
                   case when character_maximum_length is not null then data_type || '(' || character_maximum_length || ')'
                        when data_type = 'numeric' then 'numeric(' || numeric_precision || ',' || numeric_scale || ')'
                        else data_type end || ' ' ||
                   case is_nullable when 'YES' then 'null' else 'not null' end
            from information_schema.columns
            where table_schema = 'public' and table_name <> 'schemaversions'
            """);

        var expected = ExpectedColumns.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_sixteen_tables_exist()
    {
        var tables = await QueryAsync("select table_name from information_schema.tables where table_schema = 'public' and table_name <> 'schemaversions'");

        Assert.Equal(
            new[]
            {
                "airports", "car_rentals", "companion_relationships", "events", "flights", "hotels", "item_companions",
                "transportation", "travel_companions", "trip_companions", "trip_invitations", "trips", "user_emails",
                "users", "voucher_attachments", "vouchers",
            },
            tables.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Every_documented_index_name_exists()
    {
        var indexes = await QueryAsync("select indexname from pg_indexes where schemaname = 'public'");

        Assert.All(ExpectedIndexes, name => Assert.Contains(name, indexes));
    }

    [Fact]
    public async Task Unique_rules_are_unique_indexes_on_the_documented_columns()
    {
        var byDefinition = await QueryAsync("""
            select i.relname || ' (' || string_agg(pg_get_indexdef(i.oid, k.n::int, true), ', ' order by k.n) || ')'
            from pg_index x
            join pg_class i on i.oid = x.indexrelid
            join pg_namespace ns on ns.oid = i.relnamespace
            cross join generate_series(1, x.indnkeyatts) k(n)
            where ns.nspname = 'public' and x.indisunique
            group by i.relname
            """);

        Assert.All(ExpectedUniqueIndexes, rule => Assert.Contains(rule, byDefinition));
    }

    [Fact]
    public async Task Foreign_keys_reference_the_documented_tables_with_deliberate_delete_rules()
    {
        var keys = await QueryAsync("""
            select c.conrelid::regclass || '(' ||
                   (select string_agg(a.attname, ',' order by k.i)
                    from unnest(c.conkey) with ordinality k(n, i)
                    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n) ||
                   ') -> ' || c.confrelid::regclass || ' on delete ' ||
                   case c.confdeltype when 'c' then 'cascade' when 'n' then 'set null' when 'a' then 'no action'
                                      when 'r' then 'restrict' else 'set default' end
            from pg_constraint c
            where c.contype = 'f' and c.connamespace = 'public'::regnamespace
            """);

        Assert.Equal(ExpectedForeignKeys.Order(StringComparer.Ordinal), keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("trips", "purpose", "'pleasure'::character varying")]
    [InlineData("vouchers", "currency", "'USD'::character varying")]
    [InlineData("vouchers", "usedAmount", "0")]
    [InlineData("vouchers", "status", "'OPEN'::character varying")]
    [InlineData("trip_invitations", "status", "'pending'::character varying")]
    [InlineData("users", "id", "gen_random_uuid()")]
    [InlineData("trips", "createdAt", "now()")]
    [InlineData("trips", "updatedAt", "now()")]
    public async Task Columns_have_the_documented_defaults(string table, string column, string expectedDefault)
    {
        var defaults = await QueryAsync(
            $"select column_default from information_schema.columns where table_schema = 'public' and table_name = '{table}' and column_name = '{column}'");

        Assert.Equal(expectedDefault, Assert.Single(defaults));
    }

    [Fact]
    public async Task Every_table_with_updatedAt_has_the_trigger_that_maintains_it()
    {
        var missing = await QueryAsync("""
            select c.table_name from information_schema.columns c
            where c.table_schema = 'public' and c.column_name = 'updatedAt'
              and not exists (select 1 from information_schema.triggers t
                              where t.event_object_table = c.table_name and t.action_statement like '%set_updated_at%')
            """);

        Assert.Empty(missing);
    }

    [Fact]
    public async Task The_pg_trgm_extension_is_installed()
    {
        Assert.Equal(["pg_trgm"], await QueryAsync("select extname from pg_extension where extname = 'pg_trgm'"));
    }

    private async Task<List<string>> QueryAsync(string sql)
    {
        await using var command = database.DataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var values = new List<string>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
