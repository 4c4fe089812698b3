using System.CommandLine;
using TravelPlanner.Data.Migrations;
using TravelPlanner.Data.Testing;

namespace TravelPlanner.Migrator;

/// <summary><c>migrate</c>, <c>status</c>, <c>verify</c>, <c>repair</c>.</summary>
internal static class MigrationCommands
{
    public static Command Migrate(Option<string?> connection)
    {
        var command = new Command("migrate", "Create the database if missing and apply every pending migration, then print the status.");
        command.SetAction((result, cancellationToken) => RunAsync(result.GetValue(connection), Mode.Migrate, cancellationToken));
        return command;
    }

    public static Command Status(Option<string?> connection)
    {
        var failIfPending = new Option<bool>("--fail-if-pending") { Description = $"Exit with {ExitCodes.PendingMigrations} when any script is pending (for CI)." };
        var command = new Command("status", "List every script with its state: Applied, Pending, Changed, Missing, OutOfOrder.") { failIfPending };
        command.SetAction((result, cancellationToken) =>
            RunAsync(result.GetValue(connection), Mode.Status, cancellationToken, result.GetValue(failIfPending)));
        return command;
    }

    public static Command Verify(Option<string?> connection)
    {
        var command = new Command("verify", $"Fail (exit {ExitCodes.Drift}) when an applied script was edited since it was applied.");
        command.SetAction((result, cancellationToken) => RunAsync(result.GetValue(connection), Mode.Verify, cancellationToken));
        return command;
    }

    public static Command Repair(Option<string?> connection)
    {
        var command = new Command("repair", "Accept the current checksums of edited applied scripts, after a deliberate, reviewed edit.");
        command.SetAction((result, cancellationToken) => RunAsync(result.GetValue(connection), Mode.Repair, cancellationToken));
        return command;
    }

    private enum Mode
    {
        Migrate,
        Status,
        Verify,
        Repair,
    }

    private static async Task<int> RunAsync(string? connection, Mode mode, CancellationToken cancellationToken, bool failIfPending = false)
    {
        var output = Console.Out;
        try
        {
            await using var target = await TargetDatabase.ResolveAsync(connection, output, cancellationToken);
            var migrator = new DatabaseMigrator(target.ConnectionString);
            if (mode == Mode.Verify)
            {
                await migrator.VerifyAsync(cancellationToken);
                await output.WriteLineAsync("No drift: every applied script matches its file.");
                return ExitCodes.Success;
            }

            if (mode == Mode.Repair)
            {
                var repaired = await migrator.RepairAsync(cancellationToken);
                await output.WriteLineAsync(repaired.Count == 0 ? "Nothing to repair." : $"Recorded current checksums of: {string.Join(", ", repaired)}");
                return ExitCodes.Success;
            }

            if (mode == Mode.Migrate)
            {
                var result = await migrator.MigrateAsync(cancellationToken);
                if (result.DatabaseCreated)
                {
                    await output.WriteLineAsync("Created the database.");
                }

                await output.WriteLineAsync(result.AppliedScripts.Count == 0
                    ? "Nothing to apply: the database is up to date."
                    : $"Applied {result.AppliedScripts.Count} script(s):");
                foreach (var script in result.AppliedScripts)
                {
                    await output.WriteLineAsync($"  + {script}");
                }
            }

            var status = await migrator.GetStatusAsync(cancellationToken);
            await PrintStatusAsync(status, output);
            return failIfPending && !status.IsUpToDate ? ExitCodes.PendingMigrations : ExitCodes.Success;
        }
        catch (MigrationException e)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return e.Failure switch
            {
                MigrationFailure.ServerUnreachable => ExitCodes.ServerUnreachable,
                MigrationFailure.AuthenticationFailed => ExitCodes.AuthenticationFailed,
                MigrationFailure.ScriptFailed => ExitCodes.ScriptFailed,
                MigrationFailure.Drift => ExitCodes.Drift,
                MigrationFailure.LockTimeout => ExitCodes.LockTimeout,
                MigrationFailure.OutOfOrder => ExitCodes.OutOfOrder,
                _ => ExitCodes.Failure,
            };
        }
        catch (TestServerUnavailableException e)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message.ReplaceLineEndings(" ")}");
            return ExitCodes.NoServer;
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message.ReplaceLineEndings(" ")}");
            return ExitCodes.Usage;
        }
    }

    private static async Task PrintStatusAsync(MigrationStatus status, TextWriter output)
    {
        await output.WriteLineAsync($"Status: {status.Applied.Count} applied, {status.Pending.Count} pending, " +
                                    $"{status.Changed.Count} changed, {status.Missing.Count} missing, {status.OutOfOrder.Count} out of order.");
        foreach (var script in status.Scripts)
        {
            var when = script.Journal is null ? string.Empty : $"  {script.Journal.AppliedAtUtc:u} by {script.Journal.AppliedBy ?? "DbUp"}";
            await output.WriteLineAsync($"  {script.State,-10} {script.Name}{when}");
        }
    }
}
