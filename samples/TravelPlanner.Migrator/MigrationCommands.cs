using System.CommandLine;
using TravelPlanner.Data.Migrations;

namespace TravelPlanner.Migrator;

/// <summary><c>migrate</c>, <c>status</c>, <c>undo</c>, <c>verify</c>, <c>repair</c>, <c>baseline</c> (<c>new</c> is in <see cref="NewMigrationCommand"/>).</summary>
internal static class MigrationCommands
{
    public static Command Migrate(Option<string?> connection)
    {
        var target = new Option<string?>("--target") { Description = "Stop after this script (e.g. 0003_create_airports.sql)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the scripts that would run, variables substituted; change nothing." };
        var allowOutOfOrder = new Option<bool>("--allow-out-of-order") { Description = "Apply pending scripts that sort before the last applied one." };
        var lockTimeout = MigratorOptions.LockTimeout();
        var variables = MigratorOptions.Variables();
        var scripts = MigratorOptions.Scripts();
        var command = new Command("migrate", "Create the database if missing, apply pending migrations in order, then print the status.")
        {
            target, dryRun, allowOutOfOrder, lockTimeout, variables, scripts,
        };
        command.SetAction((result, cancellationToken) => RunAsync(result, connection, scripts, async (migrator, output) =>
        {
            var options = new MigrateOptions
            {
                Target = result.GetValue(target),
                AllowOutOfOrder = result.GetValue(allowOutOfOrder),
                LockTimeout = TimeSpan.FromSeconds(result.GetValue(lockTimeout)),
                Variables = result.GetValue(variables)!,
            };
            if (result.GetValue(dryRun))
            {
                var plan = await migrator.PlanAsync(options, cancellationToken);
                await output.WriteLineAsync(plan.Count == 0 ? "Dry run: nothing would be applied." : $"Dry run: {plan.Count} script(s) would be applied:");
                foreach (var script in plan)
                {
                    await output.WriteLineAsync($"-- ===== {script.Name}{(script.RunsInTransaction ? string.Empty : " (no transaction)")} =====");
                    await output.WriteLineAsync(script.Contents.TrimEnd());
                }

                return ExitCodes.Success;
            }

            var applied = await migrator.MigrateAsync(options, cancellationToken);
            if (applied.DatabaseCreated)
            {
                await output.WriteLineAsync("Created the database.");
            }

            await output.WriteLineAsync(applied.AppliedScripts.Count == 0
                ? "Nothing to apply: the database is up to date."
                : $"Applied {applied.AppliedScripts.Count} script(s):");
            foreach (var script in applied.AppliedScripts)
            {
                await output.WriteLineAsync($"  + {script}");
            }

            await PrintStatusAsync(await migrator.GetStatusAsync(cancellationToken), output);
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    public static Command Status(Option<string?> connection)
    {
        var failIfPending = new Option<bool>("--fail-if-pending") { Description = $"Exit with {ExitCodes.PendingMigrations} when any script is pending (for CI)." };
        var scripts = MigratorOptions.Scripts();
        var command = new Command("status", "List every script with its state: Applied, Pending, Changed, Missing, OutOfOrder.") { failIfPending, scripts };
        command.SetAction((result, cancellationToken) => RunAsync(result, connection, scripts, async (migrator, output) =>
        {
            var status = await migrator.GetStatusAsync(cancellationToken);
            await PrintStatusAsync(status, output);
            return result.GetValue(failIfPending) && !status.IsUpToDate ? ExitCodes.PendingMigrations : ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    public static Command Undo(Option<string?> connection)
    {
        var steps = new Option<int>("--steps") { Description = "How many of the last applied migrations to revert.", DefaultValueFactory = _ => 1 };
        var lockTimeout = MigratorOptions.LockTimeout();
        var scripts = MigratorOptions.Scripts();
        var command = new Command(
            "undo",
            "Run the paired .down.sql scripts of the last applied migration(s) and remove them from the journal, in one transaction " +
            "(a down script marked -- travelplanner:no-transaction runs on its own, outside it).")
        {
            steps, lockTimeout, scripts,
        };
        command.SetAction((result, cancellationToken) => RunAsync(result, connection, scripts, async (migrator, output) =>
        {
            var undone = await migrator.UndoAsync(result.GetValue(steps), TimeSpan.FromSeconds(result.GetValue(lockTimeout)), cancellationToken);
            await output.WriteLineAsync(undone.Count == 0 ? "Nothing to undo." : $"Undid: {string.Join(", ", undone)}");
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    public static Command Verify(Option<string?> connection)
    {
        var scripts = MigratorOptions.Scripts();
        var command = new Command("verify", $"Fail (exit {ExitCodes.Drift}) when an applied script was edited since it was applied.") { scripts };
        command.SetAction((result, cancellationToken) => RunAsync(result, connection, scripts, async (migrator, output) =>
        {
            await migrator.VerifyAsync(cancellationToken);
            await output.WriteLineAsync("No drift: every applied script matches its file.");
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    public static Command Repair(Option<string?> connection)
    {
        var lockTimeout = MigratorOptions.LockTimeout();
        var scripts = MigratorOptions.Scripts();
        var command = new Command("repair", "Accept the current checksums of edited applied scripts, after a deliberate, reviewed edit.") { lockTimeout, scripts };
        command.SetAction((result, cancellationToken) => RunAsync(result, connection, scripts, async (migrator, output) =>
        {
            var repaired = await migrator.RepairAsync(TimeSpan.FromSeconds(result.GetValue(lockTimeout)), cancellationToken);
            await output.WriteLineAsync(repaired.Count == 0 ? "Nothing to repair." : $"Recorded current checksums of: {string.Join(", ", repaired)}");
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    public static Command Baseline(Option<string?> connection)
    {
        var name = new Argument<string>("NAME") { Description = "The last script the existing database already has (e.g. 0007_create_trip_invitations.sql)." };
        var lockTimeout = MigratorOptions.LockTimeout();
        var scripts = MigratorOptions.Scripts();
        var command = new Command("baseline", "Mark scripts up to NAME as applied without running them (adopting an existing database).") { name, lockTimeout, scripts };
        command.SetAction((result, cancellationToken) => RunAsync(result, connection, scripts, async (migrator, output) =>
        {
            var marked = await migrator.BaselineAsync(result.GetValue(name)!, TimeSpan.FromSeconds(result.GetValue(lockTimeout)), cancellationToken);
            await output.WriteLineAsync(marked.Count == 0 ? "Nothing to mark." : $"Marked as applied: {string.Join(", ", marked)}");
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    private static Task<int> RunAsync(
        ParseResult result,
        Option<string?> connection,
        Option<string?> scripts,
        Func<DatabaseMigrator, TextWriter, Task<int>> work,
        CancellationToken cancellationToken) =>
        CommandRunner.RunAsync(
            result.GetValue(connection),
            migrateThrowaway: false,
            (target, output) => work(MigratorOptions.CreateMigrator(target.ConnectionString, result.GetValue(scripts)), output),
            cancellationToken);

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
