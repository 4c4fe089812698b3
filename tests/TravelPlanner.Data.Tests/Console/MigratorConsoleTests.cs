using TravelPlanner.Data.Migrations;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Console;

/// <summary>The console's commands and exit codes, run as a process against a real server.</summary>
public sealed class MigratorConsoleTests(PostgresFixture postgres) : IAsyncLifetime
{
    private string _connectionString = string.Empty;

    public async ValueTask InitializeAsync() => _connectionString = await postgres.CreateEmptyDatabaseAsync();

    public async ValueTask DisposeAsync() => await postgres.DropDatabaseAsync(_connectionString);

    [Fact]
    public async Task Status_fails_with_exit_7_while_scripts_are_pending_and_migrate_then_succeeds_twice()
    {
        var pending = await MigratorConsole.RunAsync("status", "--fail-if-pending", "--connection", _connectionString);
        var first = await MigratorConsole.RunAsync("migrate", "--connection", _connectionString);
        var second = await MigratorConsole.RunAsync("migrate", "--connection", _connectionString);
        var upToDate = await MigratorConsole.RunAsync("status", "--fail-if-pending", "--connection", _connectionString);

        Assert.Equal(7, pending.ExitCode);
        Assert.Contains($"Pending    {DatabaseMigrator.ScriptNames[0]}", pending.Output, StringComparison.Ordinal);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains($"Applied {DatabaseMigrator.ScriptNames.Count} script(s)", first.Output, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("Nothing to apply", second.Output, StringComparison.Ordinal);
        Assert.Equal(0, upToDate.ExitCode);
    }

    [Fact]
    public async Task Dry_run_undo_verify_and_repair_work_from_the_console()
    {
        var dryRun = await MigratorConsole.RunAsync("migrate", "--dry-run", "--target", "0002_create_users_and_trips.sql", "--connection", _connectionString);
        var migrate = await MigratorConsole.RunAsync("migrate", "--connection", _connectionString);
        var undo = await MigratorConsole.RunAsync("undo", "--steps", "2", "--connection", _connectionString);
        var verify = await MigratorConsole.RunAsync("verify", "--connection", _connectionString);
        var repair = await MigratorConsole.RunAsync("repair", "--connection", _connectionString);

        Assert.Equal(0, dryRun.ExitCode);
        Assert.Contains("-- ===== 0002_create_users_and_trips.sql =====", dryRun.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("0003_", dryRun.Output, StringComparison.Ordinal);
        Assert.Equal(0, migrate.ExitCode);
        Assert.Equal(0, undo.ExitCode);
        Assert.Contains(DatabaseMigrator.ScriptNames[^1], undo.Output, StringComparison.Ordinal);
        Assert.Equal(0, verify.ExitCode);
        Assert.Equal(0, repair.ExitCode);
        Assert.Equal(2, (await new DatabaseMigrator(_connectionString).GetStatusAsync()).Pending.Count);
    }

    [Fact]
    public async Task An_unreachable_server_exits_3_with_a_one_line_reason()
    {
        var port = TravelPlanner.Data.Testing.FreePort.Find();

        var result = await MigratorConsole.RunAsync("status", "--connection", $"Host=127.0.0.1;Port={port};Database=x;Username=postgres;Timeout=2");

        Assert.Equal(3, result.ExitCode);
        Assert.StartsWith("error: PostgreSQL server unreachable", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    [Fact]
    public async Task An_unknown_baseline_script_exits_11_naming_it()
    {
        var baseline = await MigratorConsole.RunAsync("baseline", "0099_nothing.sql", "--connection", _connectionString);

        Assert.Equal(11, baseline.ExitCode);
        Assert.Contains("0099_nothing.sql", baseline.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("migrate")]
    [InlineData("status")]
    [InlineData("undo")]
    [InlineData("new")]
    [InlineData("verify")]
    [InlineData("repair")]
    [InlineData("baseline")]
    public async Task Every_command_has_help(string command)
    {
        var result = await MigratorConsole.RunAsync(command, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Output, StringComparison.Ordinal);
        Assert.Contains(command, result.Output, StringComparison.Ordinal);
    }
}
