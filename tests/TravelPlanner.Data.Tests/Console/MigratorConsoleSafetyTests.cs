using System.Text.Json;
using TravelPlanner.Data.Migrations;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Console;

/// <summary>
/// Safe by default: nothing runs against a database the operator did not name, destructive undo needs --all,
/// bad arguments are refused before anything starts, and CI gets JSON.
/// </summary>
public sealed class MigratorConsoleSafetyTests(PostgresFixture postgres) : IAsyncLifetime
{
    private string _connectionString = string.Empty;

    public async ValueTask InitializeAsync() => _connectionString = await postgres.CreateEmptyDatabaseAsync();

    public async ValueTask DisposeAsync() => await postgres.DropDatabaseAsync(_connectionString);

    [Theory]
    [InlineData("migrate")]
    [InlineData("status")]
    [InlineData("undo")]
    [InlineData("verify")]
    [InlineData("repair")]
    [InlineData("seed-airports")]
    [InlineData("cleanup")]
    [InlineData("index-usage")]
    [InlineData("analyze")]
    [InlineData("distribute")]
    public async Task Without_a_connection_string_a_command_refuses_with_exit_2_naming_the_option_and_the_variable(string command)
    {
        // Regression: cleanup (and migrate) started a throwaway server, printed "Cleanup done" and exited 0, so a CI job
        // whose secret was misnamed went green having done nothing.
        var result = await MigratorConsole.RunAsync(command);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--connection", result.Error, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings__TravelPlanner", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Starting a throwaway", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Distribute_on_a_database_without_citus_fails_saying_what_to_install_and_changes_nothing()
    {
        Assert.Equal(0, (await MigratorConsole.RunAsync("migrate", "--connection", _connectionString)).ExitCode);

        var result = await MigratorConsole.RunAsync("distribute", "--connection", _connectionString);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("citus extension", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, (await MigratorConsole.RunAsync("verify", "--connection", _connectionString)).ExitCode);
    }

    [Fact]
    public async Task Throwaway_and_connection_together_are_refused()
    {
        var result = await MigratorConsole.RunAsync("status", "--throwaway", "--connection", _connectionString);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--throwaway", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("undo", "--steps", "-1")]
    [InlineData("undo", "--steps", "0")]
    [InlineData("migrate", "--lock-timeout", "0")]
    public async Task Bad_arguments_are_refused_before_any_server_starts(string command, string option, string value)
    {
        // Regression: undo --steps -1 started a throwaway server before rejecting the argument. --throwaway is passed
        // so the only thing between the argument and a server start is the argument check.
        var result = await MigratorConsole.RunAsync(command, option, value, "--throwaway");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(option, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Starting a throwaway", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Undo_that_would_revert_every_migration_needs_all()
    {
        // Regression: undo --steps 50 reverted all 7 migrations (every table, the seeded airports) without a prompt.
        var migrator = new DatabaseMigrator(_connectionString);
        await migrator.MigrateAsync(TestContext.Current.CancellationToken);

        var refused = await MigratorConsole.RunAsync("undo", "--steps", "50", "--connection", _connectionString);
        var afterRefusal = await migrator.GetStatusAsync(TestContext.Current.CancellationToken);
        var confirmed = await MigratorConsole.RunAsync("undo", "--steps", "50", "--all", "--connection", _connectionString);
        var afterConfirmation = await migrator.GetStatusAsync(TestContext.Current.CancellationToken);

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--all", refused.Error, StringComparison.Ordinal);
        Assert.Equal(DatabaseMigrator.ScriptNames.Count, afterRefusal.Applied.Count);
        Assert.Equal(0, confirmed.ExitCode);
        Assert.Empty(afterConfirmation.Applied);
    }

    [Fact]
    public async Task Status_on_a_database_that_does_not_exist_yet_lists_every_script_pending()
    {
        // Regression: status said "error: 3D000" instead of "7 pending".
        var absent = new Npgsql.NpgsqlConnectionStringBuilder(_connectionString) { Database = "tp_absent_" + Guid.NewGuid().ToString("N") }.ConnectionString;

        var status = await MigratorConsole.RunAsync("status", "--output", "json", "--connection", absent);

        Assert.Equal((0, string.Empty), (status.ExitCode, status.Error));
        var states = MigratorConsole.States(status.Output);
        Assert.Equal(DatabaseMigrator.ScriptNames.Order(StringComparer.Ordinal), states.Keys.Order(StringComparer.Ordinal));
        Assert.All(states.Values, state => Assert.Equal("Pending", state));
    }

    [Fact]
    public async Task Json_output_of_verify_dry_run_and_maintenance_reports_is_one_document_on_stdout()
    {
        var dryRun = await MigratorConsole.RunAsync("migrate", "--dry-run", "--output", "json", "--connection", _connectionString);
        await new DatabaseMigrator(_connectionString).MigrateAsync(TestContext.Current.CancellationToken);
        var verify = await MigratorConsole.RunAsync("verify", "--output", "json", "--connection", _connectionString);
        var cleanup = await MigratorConsole.RunAsync("cleanup", "--dry-run", "--output", "json", "--connection", _connectionString);
        var indexUsage = await MigratorConsole.RunAsync("index-usage", "--output", "json", "--connection", _connectionString);

        using var plan = JsonDocument.Parse(dryRun.Output);
        Assert.Equal(DatabaseMigrator.ScriptNames, plan.RootElement.GetProperty("scripts").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        using var drift = JsonDocument.Parse(verify.Output);
        Assert.False(drift.RootElement.GetProperty("drift").GetBoolean());
        using var report = JsonDocument.Parse(cleanup.Output);
        Assert.True(report.RootElement.GetProperty("dryRun").GetBoolean());
        using var indexes = JsonDocument.Parse(indexUsage.Output);
        Assert.Contains(indexes.RootElement.EnumerateArray(), i => i.GetProperty("index").GetString() == "trips_pkey");
    }

    [Fact]
    public async Task Sandbox_with_a_program_that_does_not_exist_exits_2_before_starting_anything()
    {
        // Regression: sandbox -- /nonexistent/prog ended in a stack trace.
        var result = await MigratorConsole.RunAsync("sandbox", "--", "/nonexistent/prog");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("/nonexistent/prog", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Starting a throwaway", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_usage_line_names_the_tool_command()
    {
        var result = await MigratorConsole.RunAsync("--help");

        Assert.Contains("travelplanner-db [command] [options]", result.Output, StringComparison.Ordinal);
    }
}
