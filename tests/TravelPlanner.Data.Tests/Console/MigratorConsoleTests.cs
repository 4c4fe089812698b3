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
        var pending = await MigratorConsole.RunAsync("status", "--fail-if-pending", "--output", "json", "--connection", _connectionString);
        var first = await MigratorConsole.RunAsync("migrate", "--connection", _connectionString);
        var second = await MigratorConsole.RunAsync("migrate", "--connection", _connectionString);
        var upToDate = await MigratorConsole.RunAsync("status", "--fail-if-pending", "--connection", _connectionString);

        Assert.Equal(7, pending.ExitCode);
        Assert.Equal("Pending", MigratorConsole.States(pending.Output)[DatabaseMigrator.ScriptNames[0]]);
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
    public async Task Migrate_substitutes_var_values_in_the_dry_run_and_in_the_real_run()
    {
        using var folder = new ScriptFolder().With("0001_variable.sql", "create table $table$ (id int);");

        var dryRun = await MigratorConsole.RunAsync("migrate", "--dry-run", "--var", "table=named_by_var", "--var", "unused=x", "--scripts", folder.Path, "--connection", _connectionString);
        var malformed = await MigratorConsole.RunAsync("migrate", "--var", "no_equals_sign", "--scripts", folder.Path, "--connection", _connectionString);
        var migrate = await MigratorConsole.RunAsync("migrate", "--var", "table=named_by_var", "--scripts", folder.Path, "--connection", _connectionString);

        Assert.Equal(0, dryRun.ExitCode);
        Assert.Contains("create table named_by_var (id int);", dryRun.Output, StringComparison.Ordinal);
        Assert.Equal(2, malformed.ExitCode);
        Assert.Contains("NAME=VALUE", malformed.Error, StringComparison.Ordinal);
        Assert.Equal(0, migrate.ExitCode);
        await using var connection = new Npgsql.NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var exists = new Npgsql.NpgsqlCommand("select to_regclass('public.named_by_var') is not null", connection);
        Assert.Equal(true, await exists.ExecuteScalarAsync());
    }

    [Fact]
    public async Task New_writes_both_scripts_into_the_given_folder_and_prints_their_paths()
    {
        using var folder = new ScriptFolder().With("0004_existing.sql", "select 1;");

        var result = await MigratorConsole.RunAsync("new", "add trip budget", "--dir", folder.Path);

        var up = Path.Combine(folder.Path, "0005_add_trip_budget.sql");
        var down = Path.Combine(folder.Path, "0005_add_trip_budget.down.sql");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal([up, down], result.Output.Trim().Split('\n').Select(line => line.Trim()));
        Assert.True(File.Exists(up));
        Assert.True(File.Exists(down));
    }

    [Fact]
    public async Task Maintenance_and_airport_commands_exit_0_and_print_their_reports_against_a_migrated_database()
    {
        var migrated = await postgres.CreateDatabaseAsync();
        try
        {
            var seed = await MigratorConsole.RunAsync("seed-airports", "--connection", migrated);
            var cleanup = await MigratorConsole.RunAsync("cleanup", "--dry-run", "--connection", migrated);
            var indexUsage = await MigratorConsole.RunAsync("index-usage", "--connection", migrated);
            var analyze = await MigratorConsole.RunAsync("analyze", "--connection", migrated);

            Assert.Equal((0, string.Empty), (seed.ExitCode, seed.Error));
            Assert.Contains("Airports: 7,884 read", seed.Output, StringComparison.Ordinal);
            Assert.Equal((0, string.Empty), (cleanup.ExitCode, cleanup.Error));
            Assert.Contains("Dry run, nothing changed. Cleanup would do this", cleanup.Output, StringComparison.Ordinal);
            Assert.Contains("voucher(s) past their expiration date would be marked EXPIRED", cleanup.Output, StringComparison.Ordinal);
            Assert.Equal((0, string.Empty), (indexUsage.ExitCode, indexUsage.Error));
            Assert.Matches(@"(?m)^\s*table\s+index\s+scans\s*$", indexUsage.Output);
            Assert.Matches(@"(?m)^[1-9][0-9]* index\(es\)\.$", indexUsage.Output);
            Assert.Equal((0, string.Empty), (analyze.ExitCode, analyze.Error));
            Assert.Contains("ANALYZE done.", analyze.Output, StringComparison.Ordinal);
        }
        finally
        {
            await postgres.DropDatabaseAsync(migrated);
        }
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

    public static TheoryData<string> Commands { get; } =
        ["migrate", "status", "undo", "new", "verify", "repair", "baseline", "distribute", "seed-airports", "cleanup", "index-usage", "analyze", "sandbox"];

    [Fact]
    public async Task The_help_test_covers_every_command_the_console_lists()
    {
        var result = await MigratorConsole.RunAsync("--help");

        var listed = result.Output[result.Output.IndexOf("Commands:", StringComparison.Ordinal)..]
            .Split('\n').Skip(1).Select(line => line.Trim()).Where(line => line.Length > 0).Select(line => line.Split(' ')[0]);
        Assert.Equal(listed.Order(StringComparer.Ordinal), Commands.Select(row => row.Data).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Every_command_has_help(string command)
    {
        var result = await MigratorConsole.RunAsync(command, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:", result.Output, StringComparison.Ordinal);
        Assert.Contains(command, result.Output, StringComparison.Ordinal);
    }
}
