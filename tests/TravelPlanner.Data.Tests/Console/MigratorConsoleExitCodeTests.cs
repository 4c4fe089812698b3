using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Console;

/// <summary>The console's distinct failure exit codes (ExitCodes.cs), run as a process against a real server.</summary>
public sealed class MigratorConsoleExitCodeTests(PostgresFixture postgres) : IAsyncLifetime
{
    private string _connectionString = string.Empty;

    public async ValueTask InitializeAsync() => _connectionString = await postgres.CreateEmptyDatabaseAsync();

    public async ValueTask DisposeAsync() => await postgres.DropDatabaseAsync(_connectionString);

    [Fact]
    public async Task Verify_and_migrate_exit_8_after_an_applied_scripts_file_changed_until_repair()
    {
        using var folder = new ScriptFolder().With("0001_first.sql", "create table first (id int);");
        var migrate = await RunAsync(folder, "migrate");
        folder.With("0001_first.sql", "create table first (id bigint);");

        var verify = await RunAsync(folder, "verify");
        var migrateAgain = await RunAsync(folder, "migrate");
        var repair = await RunAsync(folder, "repair");
        var verifyAfterRepair = await RunAsync(folder, "verify");

        Assert.Equal(0, migrate.ExitCode);
        Assert.Equal(8, verify.ExitCode);
        Assert.Contains("0001_first.sql", verify.Error, StringComparison.Ordinal);
        Assert.Equal(8, migrateAgain.ExitCode);
        Assert.Equal(0, repair.ExitCode);
        Assert.Equal(0, verifyAfterRepair.ExitCode);
    }

    [Fact]
    public async Task Migrate_and_repair_exit_9_while_another_holder_keeps_the_lock_past_the_lock_timeout()
    {
        using var folder = new ScriptFolder().With("0001_first.sql", "create table first (id int);");
        await using var holder = await MigrationLockHolder.HoldAsync(_connectionString);

        var migrate = await RunAsync(folder, "migrate", "--lock-timeout", "1");
        var repair = await RunAsync(folder, "repair", "--lock-timeout", "1");

        Assert.Equal(9, migrate.ExitCode);
        Assert.Contains("lock", migrate.Error, StringComparison.Ordinal);
        Assert.Equal(9, repair.ExitCode);
    }

    [Fact]
    public async Task A_failing_script_exits_5_naming_it_and_the_PostgreSQL_error_and_leaves_the_next_pending()
    {
        using var folder = new ScriptFolder()
            .With("0001_good.sql", "create table good (id int);")
            .With("0002_bad.sql", "create table half_done (id int);\nselect * from no_such_table;")
            .With("0003_after.sql", "create table after_bad (id int);");

        var migrate = await RunAsync(folder, "migrate");
        var status = await RunAsync(folder, "status", "--output", "json");

        Assert.Equal(5, migrate.ExitCode);
        Assert.StartsWith("error: Script 0002_bad.sql failed: 42P01:", migrate.Error, StringComparison.Ordinal);
        Assert.Contains("no_such_table", migrate.Error, StringComparison.Ordinal);
        var states = MigratorConsole.States(status.Output);
        Assert.Equal(("Applied", "Pending", "Pending"), (states["0001_good.sql"], states["0002_bad.sql"], states["0003_after.sql"]));
    }

    [Fact]
    public async Task A_pending_script_sorting_before_the_last_applied_exits_10_unless_allowed()
    {
        using var folder = new ScriptFolder()
            .With("0001_first.sql", "create table first (id int);")
            .With("0003_third.sql", "create table third (id int);");
        await RunAsync(folder, "migrate");
        folder.With("0002_second.sql", "create table second (id int);");

        var refused = await RunAsync(folder, "migrate");
        var status = await RunAsync(folder, "status", "--output", "json");
        var allowed = await RunAsync(folder, "migrate", "--allow-out-of-order");

        Assert.Equal(10, refused.ExitCode);
        Assert.Contains("0002_second.sql", refused.Error, StringComparison.Ordinal);
        Assert.Equal("OutOfOrder", MigratorConsole.States(status.Output)["0002_second.sql"]);
        Assert.Equal(0, allowed.ExitCode);
        Assert.Contains("+ 0002_second.sql", allowed.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scripts_folder_that_does_not_exist_exits_2()
    {
        var missing = Path.Combine(Path.GetTempPath(), "tp-no-such-folder-" + Guid.NewGuid().ToString("N"));

        var result = await MigratorConsole.RunAsync("status", "--scripts", missing, "--connection", _connectionString);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(missing, result.Error, StringComparison.Ordinal);
    }

    private Task<(int ExitCode, string Output, string Error)> RunAsync(ScriptFolder folder, params string[] arguments) =>
        MigratorConsole.RunAsync([.. arguments, "--scripts", folder.Path, "--connection", _connectionString]);
}
