using Npgsql;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Schema;

/// <summary>The migrated schema matches the seed (as amended by REQUIREMENTS.md), read from the catalog.</summary>
public sealed class SchemaCatalogTests(TestDatabase database) : IClassFixture<TestDatabase>
{

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

        // The expected columns are data, one per line, in a file beside this class (a snapshot, like the public API's).
        var expected = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "tests", "TravelPlanner.Data.Tests", "Schema", "expected-columns.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'));
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_seventeen_tables_exist()
    {
        var tables = await QueryAsync("select table_name from information_schema.tables where table_schema = 'public' and table_name <> 'schemaversions'");

        Assert.Equal(
            new[]
            {
                "airport_significance", "airports", "car_rentals", "companion_relationships", "events", "flights", "hotels", "item_companions",
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
