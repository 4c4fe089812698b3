using DbUp.Engine;
using Npgsql;
using TravelPlanner.Data.Migrations;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Migrations;

/// <summary>baseline, --target, --dry-run, no-transaction scripts, new (undo: <see cref="MigrationUndoTests"/>).</summary>
public sealed class MigrationCommandTests(PostgresFixture postgres) : IAsyncLifetime
{
    private static readonly SqlScript First = new("0001_first.sql", "create table first (id int);");
    private static readonly SqlScript Second = new("0002_second.sql", "create table second (id int);");
    private static readonly SqlScript Third = new("0003_third.sql", "create table third (id int);");

    private string _connectionString = string.Empty;

    public async ValueTask InitializeAsync() => _connectionString = await postgres.CreateEmptyDatabaseAsync();

    public async ValueTask DisposeAsync() => await postgres.DropDatabaseAsync(_connectionString);

    [Fact]
    public async Task Migrate_with_a_target_stops_after_it()
    {
        var migrator = new DatabaseMigrator(_connectionString, [First, Second, Third], logger: null);

        var result = await migrator.MigrateAsync(new MigrateOptions { Target = "0002_second" });

        Assert.Equal([First.Name, Second.Name], result.AppliedScripts);
        Assert.Equal([Third.Name], (await migrator.GetStatusAsync()).Pending);
        var unknown = await Assert.ThrowsAsync<MigrationException>(() => migrator.MigrateAsync(new MigrateOptions { Target = "0009_nothing.sql" }));
        Assert.Equal(MigrationFailure.ScriptMissing, unknown.Failure);
    }

    [Fact]
    public async Task A_dry_run_lists_the_scripts_with_variables_substituted_and_changes_nothing()
    {
        var withVariable = new SqlScript("0002_variable.sql", "create table $table$ (id int);");
        var migrator = new DatabaseMigrator(_connectionString, [First, withVariable], logger: null);
        var before = await SchemaCatalog.DumpAsync(_connectionString);

        var plan = await migrator.PlanAsync(new MigrateOptions { Variables = new Dictionary<string, string> { ["table"] = "named_by_variable" } });

        Assert.Equal([First.Name, withVariable.Name], plan.Select(p => p.Name));
        Assert.Equal("create table named_by_variable (id int);", plan[1].Contents);
        Assert.Equal(before, await SchemaCatalog.DumpAsync(_connectionString));
        Assert.Equal(0L, await ScalarAsync("select count(*) from pg_tables where tablename = 'schemaversions'"));
    }

    [Fact]
    public async Task A_dry_run_against_a_database_that_does_not_exist_yet_lists_everything_and_creates_nothing()
    {
        var missing = postgres.ConnectionStringForNewDatabase();

        var plan = await new DatabaseMigrator(missing).PlanAsync(new MigrateOptions());

        Assert.Equal(DatabaseMigrator.ScriptNames, plan.Select(p => p.Name));
        // Status on a database that does not exist yet lists every script Pending (issue 15), and creates nothing either.
        Assert.Equal(DatabaseMigrator.ScriptNames, (await new DatabaseMigrator(missing).GetStatusAsync()).Pending);
        var name = new NpgsqlConnectionStringBuilder(missing).Database;
        Assert.Equal(0L, await ScalarAsync($"select count(*) from pg_database where datname = '{name}'"));
    }

    [Fact]
    public async Task A_no_transaction_script_can_create_an_index_concurrently()
    {
        var concurrent = new SqlScript("0002_index.sql", $"{MigrationScripts.NoTransactionMarker}\ncreate index concurrently first_id on first (id);");
        var migrator = new DatabaseMigrator(_connectionString, [First, concurrent, Third], logger: null);

        var result = await migrator.MigrateAsync();

        Assert.Equal([First.Name, concurrent.Name, Third.Name], result.AppliedScripts);
        Assert.Equal(1L, await ScalarAsync("select count(*) from pg_indexes where indexname = 'first_id'"));
        Assert.Equal([First.Name, concurrent.Name, Third.Name], (await migrator.GetStatusAsync()).Applied);
    }

    [Fact]
    public async Task A_no_transaction_script_with_two_statements_applies_both()
    {
        var concurrent = new SqlScript(
            "0002_indexes.sql",
            $"{MigrationScripts.NoTransactionMarker}\ncreate index concurrently first_a on first (id);\ncreate index concurrently first_b on first (id);\n");
        var migrator = new DatabaseMigrator(_connectionString, [First, concurrent], logger: null);

        var result = await migrator.MigrateAsync();

        Assert.Equal([First.Name, concurrent.Name], result.AppliedScripts);
        Assert.Equal(2L, await ScalarAsync("select count(*) from pg_indexes where indexname in ('first_a', 'first_b')"));
    }

    [Fact]
    public async Task A_failed_concurrent_index_build_is_reported_with_the_invalid_index()
    {
        await using (var connection = new NpgsqlConnection(_connectionString))
        {
            await connection.OpenAsync();
            await using var seed = new NpgsqlCommand("create table dupes (id int); insert into dupes values (1), (1);", connection);
            await seed.ExecuteNonQueryAsync();
        }

        var unique = new SqlScript("0001_unique.sql", $"{MigrationScripts.NoTransactionMarker}\ncreate unique index concurrently dupes_id on dupes (id);");

        var error = await Assert.ThrowsAsync<MigrationException>(() => new DatabaseMigrator(_connectionString, [unique], logger: null).MigrateAsync());

        Assert.Equal(MigrationFailure.ScriptFailed, error.Failure);
        Assert.Equal(unique.Name, error.ScriptName);
        Assert.Contains("dupes_id", error.Message, StringComparison.Ordinal);
        Assert.Contains("Invalid index", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Baseline_marks_scripts_as_applied_without_running_them()
    {
        var migrator = new DatabaseMigrator(_connectionString, [First, Second, Third], logger: null);

        var marked = await migrator.BaselineAsync("0002_second.sql");
        var applied = await migrator.MigrateAsync();

        Assert.Equal([First.Name, Second.Name], marked);
        Assert.Equal([Third.Name], applied.AppliedScripts);
        Assert.Equal(0L, await ScalarAsync("select count(*) from pg_tables where tablename in ('first', 'second')"));
        Assert.Equal(1L, await ScalarAsync("select count(*) from pg_tables where tablename = 'third'"));
        await migrator.VerifyAsync();
    }

    [Fact]
    public void New_writes_the_next_numbered_script_and_its_down_script()
    {
        var folder = Directory.CreateTempSubdirectory("tp-migrations-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "0001_first.sql"), "select 1;");
            File.WriteAllText(Path.Combine(folder, "0007_seventh.sql"), "select 1;");
            File.WriteAllText(Path.Combine(folder, "0007_seventh.down.sql"), "select 1;");

            var (up, down) = MigrationScaffolder.Create(folder, "Add trip-budget column");

            Assert.Equal(Path.Combine(folder, "0008_add_trip_budget_column.sql"), up);
            Assert.Equal(Path.Combine(folder, "0008_add_trip_budget_column.down.sql"), down);
            Assert.StartsWith("-- 0008_add_trip_budget_column:", File.ReadAllText(up), StringComparison.Ordinal);
            Assert.Contains("Reverses 0008_add_trip_budget_column.sql", File.ReadAllText(down), StringComparison.Ordinal);
            Assert.Throws<ArgumentException>(() => MigrationScaffolder.Create(folder, "drop; table"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private Task<long> ScalarAsync(string sql) => SchemaCatalog.CountAsync(_connectionString, sql);
}
