using DbUp.Engine;
using Npgsql;
using TravelPlanner.Data.Migrations;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Migrations;

public sealed class DatabaseMigratorTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Migrate_creates_a_missing_database_and_applies_every_script()
    {
        var connectionString = postgres.ConnectionStringForNewDatabase();
        try
        {
            var result = await new DatabaseMigrator(connectionString).MigrateAsync(TestContext.Current.CancellationToken);

            Assert.True(result.DatabaseCreated);
            Assert.Equal(DatabaseMigrator.ScriptNames, result.AppliedScripts);
            Assert.NotEmpty(result.AppliedScripts);
        }
        finally
        {
            await postgres.DropDatabaseAsync(connectionString);
        }
    }

    // Issue 14, item 1: the losing CREATE DATABASE failed with 23505 on pg_database_datname_index in 7 of 10 rounds.
    [Fact]
    public async Task Two_migrators_started_at_once_on_a_missing_database_both_succeed_and_apply_each_script_once()
    {
        for (var round = 0; round < 10; round++)
        {
            var connectionString = postgres.ConnectionStringForNewDatabase();
            try
            {
                using var start = new Barrier(2);
                var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
                {
                    start.SignalAndWait(TestContext.Current.CancellationToken);
                    return new DatabaseMigrator(connectionString).MigrateAsync(TestContext.Current.CancellationToken);
                })));

                Assert.Equal(1, results.Count(r => r.DatabaseCreated));
                Assert.Equal(DatabaseMigrator.ScriptNames, results.SelectMany(r => r.AppliedScripts).Order(StringComparer.Ordinal));
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(TestContext.Current.CancellationToken);
                await using var count = new NpgsqlCommand("select count(*) from schemaversions", connection);
                Assert.Equal((long)DatabaseMigrator.ScriptNames.Count, await count.ExecuteScalarAsync(TestContext.Current.CancellationToken));
            }
            finally
            {
                await postgres.DropDatabaseAsync(connectionString);
            }
        }
    }

    [Fact]
    public async Task Migrating_twice_is_a_no_op_the_second_time()
    {
        var connectionString = await postgres.CreateEmptyDatabaseAsync(TestContext.Current.CancellationToken);
        try
        {
            var migrator = new DatabaseMigrator(connectionString);
            var first = await migrator.MigrateAsync(TestContext.Current.CancellationToken);
            var schemaAfterFirst = await DumpSchemaAsync(connectionString);

            var second = await migrator.MigrateAsync(TestContext.Current.CancellationToken);

            Assert.False(first.DatabaseCreated);
            Assert.Equal(DatabaseMigrator.ScriptNames.Count, first.AppliedScripts.Count);
            Assert.False(second.DatabaseCreated);
            Assert.Empty(second.AppliedScripts);
            Assert.Equal(schemaAfterFirst, await DumpSchemaAsync(connectionString));
        }
        finally
        {
            await postgres.DropDatabaseAsync(connectionString);
        }
    }

    [Fact]
    public async Task Status_lists_pending_scripts_before_and_applied_scripts_after_migrating()
    {
        var connectionString = await postgres.CreateEmptyDatabaseAsync(TestContext.Current.CancellationToken);
        try
        {
            var migrator = new DatabaseMigrator(connectionString);

            var before = await migrator.GetStatusAsync(TestContext.Current.CancellationToken);
            await migrator.MigrateAsync(TestContext.Current.CancellationToken);
            var after = await migrator.GetStatusAsync(TestContext.Current.CancellationToken);

            Assert.Empty(before.Applied);
            Assert.Equal(DatabaseMigrator.ScriptNames, before.Pending);
            Assert.False(before.IsUpToDate);
            Assert.Equal(DatabaseMigrator.ScriptNames, after.Applied);
            Assert.Empty(after.Pending);
            Assert.True(after.IsUpToDate);
        }
        finally
        {
            await postgres.DropDatabaseAsync(connectionString);
        }
    }

    [Fact]
    public async Task A_failing_script_in_the_middle_leaves_earlier_scripts_applied_nothing_of_itself_and_later_ones_pending()
    {
        var connectionString = await postgres.CreateEmptyDatabaseAsync(TestContext.Current.CancellationToken);
        try
        {
            var scripts = new List<SqlScript>
            {
                new("0001_good.sql", "create table good (id int);"),
                new("0002_bad.sql", "create table half_done (id int); select * from no_such_table;"),
                new("0003_after.sql", "create table after_bad (id int);"),
            };
            var migrator = new DatabaseMigrator(connectionString, scripts, logger: null);

            var error = await Assert.ThrowsAsync<MigrationException>(() => migrator.MigrateAsync(TestContext.Current.CancellationToken));

            Assert.Equal(MigrationFailure.ScriptFailed, error.Failure);
            Assert.Equal("0002_bad.sql", error.ScriptName);
            Assert.Contains("0002_bad.sql", error.Message, StringComparison.Ordinal);
            Assert.Contains("no_such_table", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', error.Message);
            var tables = await QueryStringsAsync(connectionString, "select table_name from information_schema.tables where table_schema = 'public' order by 1");
            Assert.Contains("good", tables);
            Assert.DoesNotContain("half_done", tables);
            Assert.DoesNotContain("after_bad", tables);
            var status = await migrator.GetStatusAsync(TestContext.Current.CancellationToken);
            Assert.Equal(["0001_good.sql"], status.Applied);
            Assert.Equal(["0002_bad.sql", "0003_after.sql"], status.Pending);
            Assert.Equal(ScriptState.Pending, status.Scripts.Single(s => s.Name == "0003_after.sql").State);
        }
        finally
        {
            await postgres.DropDatabaseAsync(connectionString);
        }
    }

    [Fact]
    public async Task An_unreachable_server_is_reported_as_such()
    {
        var closedPort = TravelPlanner.Data.Testing.FreePort.Find();
        var migrator = new DatabaseMigrator($"Host=127.0.0.1;Port={closedPort};Database=x;Username=postgres;Timeout=3");

        var error = await Assert.ThrowsAsync<MigrationException>(() => migrator.MigrateAsync(TestContext.Current.CancellationToken));

        Assert.Equal(MigrationFailure.ServerUnreachable, error.Failure);
    }

    [Fact]
    public async Task Refused_credentials_are_reported_as_an_authentication_failure()
    {
        var builder = new NpgsqlConnectionStringBuilder(postgres.ServerConnectionString)
        {
            Username = "no_such_role_" + Guid.NewGuid().ToString("N")[..8],
            Password = "wrong",
        };

        var error = await Assert.ThrowsAsync<MigrationException>(
            () => new DatabaseMigrator(builder.ConnectionString).MigrateAsync(TestContext.Current.CancellationToken));

        Assert.Equal(MigrationFailure.AuthenticationFailed, error.Failure);
    }

    [Fact]
    public void A_connection_string_without_a_database_is_refused_up_front()
    {
        var error = Assert.Throws<ArgumentException>(() => new DatabaseMigrator("Host=127.0.0.1;Username=postgres"));

        Assert.Contains("Database", error.Message, StringComparison.Ordinal);
    }

    private static async Task<string> DumpSchemaAsync(string connectionString) =>
        string.Join('\n', await QueryStringsAsync(connectionString, """
            select table_name || '.' || column_name || ':' || data_type || ':' || is_nullable || ':' || coalesce(column_default, '')
            from information_schema.columns where table_schema = 'public'
            union all
            select indexname || ':' || indexdef from pg_indexes where schemaname = 'public'
            union all
            select conname || ':' || pg_get_constraintdef(oid) from pg_constraint where connamespace = 'public'::regnamespace
            order by 1
            """));

    private static async Task<List<string>> QueryStringsAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
