using DbUp.Engine;
using TravelPlanner.Data.Migrations;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Migrations;

/// <summary>undo: paired down scripts, all or nothing, no-transaction down scripts, every project migration reversed.</summary>
public sealed class MigrationUndoTests(PostgresFixture postgres) : IAsyncLifetime
{
    private static readonly SqlScript First = new("0001_first.sql", "create table first (id int);");
    private static readonly SqlScript Second = new("0002_second.sql", "create table second (id int);");

    private string _connectionString = string.Empty;

    public async ValueTask InitializeAsync() => _connectionString = await postgres.CreateEmptyDatabaseAsync();

    public async ValueTask DisposeAsync() => await postgres.DropDatabaseAsync(_connectionString);

    [Fact]
    public async Task Every_project_migration_has_a_down_script_that_really_reverses_it()
    {
        var migrator = new DatabaseMigrator(_connectionString);
        var empty = await SchemaCatalog.DumpAsync(_connectionString);
        await migrator.MigrateAsync();

        var undone = await migrator.UndoAsync(steps: DatabaseMigrator.ScriptNames.Count);

        Assert.Equal(DatabaseMigrator.ScriptNames.Reverse(), undone);
        Assert.Equal(empty, await SchemaCatalog.DumpAsync(_connectionString));
        Assert.Empty((await migrator.GetStatusAsync()).Applied);
    }

    [Fact]
    [Trait(PostgresFixture.TargetTrait, "postgres")] // After undistribute_table and a new distribution the catalog prints some CHECK definitions differently.
    public async Task Undo_then_migrate_returns_to_the_same_schema()
    {
        var migrator = new DatabaseMigrator(_connectionString);
        await migrator.MigrateAsync();
        var migrated = await SchemaCatalog.DumpAsync(_connectionString);

        var undone = await migrator.UndoAsync(steps: 3);
        var afterUndo = await SchemaCatalog.DumpAsync(_connectionString);
        var reapplied = await migrator.MigrateAsync();

        Assert.Equal(DatabaseMigrator.ScriptNames.TakeLast(3).Reverse(), undone);
        Assert.NotEqual(migrated, afterUndo);
        Assert.Equal(DatabaseMigrator.ScriptNames.TakeLast(3), reapplied.AppliedScripts);
        Assert.Equal(migrated, await SchemaCatalog.DumpAsync(_connectionString));
    }

    [Fact]
    public async Task Undo_refuses_when_a_down_script_is_missing_and_changes_nothing()
    {
        var scripts = MigrationScripts.FromFiles([
            (First.Name, First.Contents), ("0001_first.down.sql", "drop table first;"),
            (Second.Name, Second.Contents),
        ]);
        var migrator = new DatabaseMigrator(_connectionString, scripts, logger: null);
        await migrator.MigrateAsync();

        var error = await Assert.ThrowsAsync<MigrationException>(() => migrator.UndoAsync(steps: 2));

        Assert.Equal(MigrationFailure.ScriptMissing, error.Failure);
        Assert.Contains(Second.Name, error.Message, StringComparison.Ordinal);
        Assert.Equal([First.Name, Second.Name], (await migrator.GetStatusAsync()).Applied);
        Assert.Equal(2L, await ScalarAsync("select count(*) from pg_tables where tablename in ('first', 'second')"));
    }

    [Fact]
    public async Task A_failing_down_script_rolls_the_whole_undo_back()
    {
        var scripts = MigrationScripts.FromFiles([
            (First.Name, First.Contents), ("0001_first.down.sql", "drop table no_such_table;"),
            (Second.Name, Second.Contents), ("0002_second.down.sql", "drop table second;"),
        ]);
        var migrator = new DatabaseMigrator(_connectionString, scripts, logger: null);
        await migrator.MigrateAsync();

        var error = await Assert.ThrowsAsync<MigrationException>(() => migrator.UndoAsync(steps: 2));

        Assert.Equal(MigrationFailure.ScriptFailed, error.Failure);
        Assert.Equal("0001_first.down.sql", error.ScriptName);
        Assert.Equal(2L, await ScalarAsync("select count(*) from pg_tables where tablename in ('first', 'second')"));
        Assert.Equal([First.Name, Second.Name], (await migrator.GetStatusAsync()).Applied);
    }

    // Regression: undo ran every down script in one transaction, where DROP INDEX CONCURRENTLY cannot run.
    [Fact]
    public async Task Undo_runs_a_no_transaction_down_script_outside_the_transaction_and_then_removes_its_journal_row()
    {
        var marker = MigrationScripts.NoTransactionMarker;
        var scripts = MigrationScripts.FromFiles([
            (First.Name, First.Contents), ("0001_first.down.sql", "drop table first;"),
            ("0002_index.sql", $"{marker}\ncreate index concurrently first_id on first (id);"),
            ("0002_index.down.sql", $"{marker}\ndrop index concurrently first_id;"),
        ]);
        var migrator = new DatabaseMigrator(_connectionString, scripts, logger: null);
        var empty = await SchemaCatalog.DumpAsync(_connectionString);
        await migrator.MigrateAsync();

        var undone = await migrator.UndoAsync(steps: 2);

        Assert.Equal(["0002_index.sql", First.Name], undone);
        Assert.Equal(empty, await SchemaCatalog.DumpAsync(_connectionString));
        Assert.Empty((await migrator.GetStatusAsync()).Applied);
        Assert.Equal(["0001_first.sql", "0002_index.sql"], (await migrator.MigrateAsync()).AppliedScripts);
    }

    private Task<long> ScalarAsync(string sql) => SchemaCatalog.CountAsync(_connectionString, sql);
}
