using System.CommandLine;
using Spectre.Console;
using TravelPlanner.Data.Migrations;

namespace TravelPlanner.Migrator;

/// <summary><c>migrate</c>, <c>status</c>, <c>undo</c>, <c>verify</c>, <c>repair</c>, <c>baseline</c>, <c>distribute</c> (<c>new</c> is in <see cref="NewMigrationCommand"/>).</summary>
internal static class MigrationCommands
{
    public static Command Migrate(DatabaseOptions database)
    {
        var target = new Option<string?>("--target") { Description = "Stop after this script (e.g. 0003_create_airports.sql)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the scripts that would run, variables substituted; change nothing." };
        var allowOutOfOrder = new Option<bool>("--allow-out-of-order") { Description = "Apply pending scripts that sort before the last applied one." };
        var lockTimeout = MigratorOptions.LockTimeout();
        var variables = MigratorOptions.Variables();
        var scripts = MigratorOptions.Scripts();
        var format = Output.Option();
        var command = new Command("migrate", "Create the database if missing, apply pending migrations in order, then print the status.")
        {
            target, dryRun, allowOutOfOrder, lockTimeout, variables, scripts, format,
        };
        command.SetAction((result, cancellationToken) => RunAsync(result, database, scripts, format, async (migrator, output) =>
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
                if (result.GetValue(format) == OutputFormat.Json)
                {
                    await Output.WriteJsonAsync(new { DryRun = true, Scripts = plan });
                    return ExitCodes.Success;
                }

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

            PrintStatus(await migrator.GetStatusAsync(cancellationToken));
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    public static Command Status(DatabaseOptions database)
    {
        var failIfPending = new Option<bool>("--fail-if-pending") { Description = $"Exit with {ExitCodes.PendingMigrations} when any script is pending (for CI)." };
        var scripts = MigratorOptions.Scripts();
        var format = Output.Option();
        var command = new Command(
            "status",
            "List every script with its state: Applied, Pending, Changed, Missing, OutOfOrder (all Pending on a database that does not exist yet).")
        {
            failIfPending, scripts, format,
        };
        command.SetAction((result, cancellationToken) => RunAsync(result, database, scripts, format, async (migrator, output) =>
        {
            var status = await migrator.GetStatusAsync(cancellationToken);
            if (result.GetValue(format) == OutputFormat.Json)
            {
                await Output.WriteJsonAsync(StatusDocument(status));
            }
            else
            {
                PrintStatus(status);
            }

            return result.GetValue(failIfPending) && !status.IsUpToDate ? ExitCodes.PendingMigrations : ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    public static Command Undo(DatabaseOptions database)
    {
        var steps = new Option<int>("--steps") { Description = "How many of the last applied migrations to revert (1 or more).", DefaultValueFactory = _ => 1 };
        steps.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--steps must be 1 or more.");
            }
        });
        var all = new Option<bool>("--all") { Description = "Confirm an undo that reverts every applied migration (every table and its data)." };
        var lockTimeout = MigratorOptions.LockTimeout();
        var scripts = MigratorOptions.Scripts();
        var command = new Command(
            "undo",
            "Run the paired .down.sql scripts of the last applied migration(s) and remove them from the journal, in one transaction " +
            "(a down script marked -- travelplanner:no-transaction runs on its own, outside it). Reverting every applied migration " +
            "needs --all (or a yes at the prompt when stdin is a terminal).")
        {
            steps, all, lockTimeout, scripts,
        };
        command.SetAction((result, cancellationToken) => RunAsync(result, database, scripts, format: null, async (migrator, output) =>
        {
            var applied = (await migrator.GetStatusAsync(cancellationToken)).Applied.Count;
            if (result.GetValue(steps) >= applied && applied > 0 && !result.GetValue(all) && !await ConfirmRevertAllAsync(applied))
            {
                throw new UsageException(
                    $"--steps {result.GetValue(steps)} would revert all {applied} applied migration(s), dropping every table and its data; " +
                    "pass --all to confirm.");
            }

            var undone = await migrator.UndoAsync(result.GetValue(steps), TimeSpan.FromSeconds(result.GetValue(lockTimeout)), cancellationToken);
            await output.WriteLineAsync(undone.Count == 0 ? "Nothing to undo." : $"Undid: {string.Join(", ", undone)}");
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    public static Command Verify(DatabaseOptions database)
    {
        var scripts = MigratorOptions.Scripts();
        var format = Output.Option();
        var command = new Command("verify", $"Fail (exit {ExitCodes.Drift}) when an applied script was edited since it was applied.") { scripts, format };
        command.SetAction((result, cancellationToken) => RunAsync(result, database, scripts, format, async (migrator, output) =>
        {
            if (result.GetValue(format) == OutputFormat.Json)
            {
                var status = await migrator.GetStatusAsync(cancellationToken);
                await Output.WriteJsonAsync(new { Drift = status.Changed.Count > 0, status.Changed });
                return status.Changed.Count > 0 ? ExitCodes.Drift : ExitCodes.Success;
            }

            await migrator.VerifyAsync(cancellationToken);
            await output.WriteLineAsync("No drift: every applied script matches its file.");
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    public static Command Repair(DatabaseOptions database)
    {
        var lockTimeout = MigratorOptions.LockTimeout();
        var scripts = MigratorOptions.Scripts();
        var command = new Command("repair", "Accept the current checksums of edited applied scripts, after a deliberate, reviewed edit.") { lockTimeout, scripts };
        command.SetAction((result, cancellationToken) => RunAsync(result, database, scripts, format: null, async (migrator, output) =>
        {
            var repaired = await migrator.RepairAsync(TimeSpan.FromSeconds(result.GetValue(lockTimeout)), cancellationToken);
            await output.WriteLineAsync(repaired.Count == 0 ? "Nothing to repair." : $"Recorded current checksums of: {string.Join(", ", repaired)}");
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    public static Command Baseline(DatabaseOptions database)
    {
        var name = new Argument<string>("NAME") { Description = "The last script the existing database already has (e.g. 0007_create_trip_invitations.sql)." };
        var lockTimeout = MigratorOptions.LockTimeout();
        var scripts = MigratorOptions.Scripts();
        var command = new Command("baseline", "Mark scripts up to NAME as applied without running them (adopting an existing database).") { name, lockTimeout, scripts };
        command.SetAction((result, cancellationToken) => RunAsync(result, database, scripts, format: null, async (migrator, output) =>
        {
            var marked = await migrator.BaselineAsync(result.GetValue(name)!, TimeSpan.FromSeconds(result.GetValue(lockTimeout)), cancellationToken);
            await output.WriteLineAsync(marked.Count == 0 ? "Nothing to mark." : $"Marked as applied: {string.Join(", ", marked)}");
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    public static Command Distribute(DatabaseOptions database)
    {
        var lockTimeout = MigratorOptions.LockTimeout();
        var scripts = MigratorOptions.Scripts();
        var command = new Command(
            "distribute",
            "On a Citus coordinator, distribute the tables of a database migrated before Citus was installed (docs/scaling.md).")
        {
            lockTimeout, scripts,
        };
        command.SetAction((result, cancellationToken) => RunAsync(result, database, scripts, format: null, async (migrator, output) =>
        {
            var distributed = await migrator.DistributeAsync(TimeSpan.FromSeconds(result.GetValue(lockTimeout)), cancellationToken);
            await output.WriteLineAsync(distributed ? "Distributed the tables on the cluster." : "The tables are already distributed: nothing to do.");
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    private static Task<int> RunAsync(
        ParseResult result,
        DatabaseOptions database,
        Option<string?> scripts,
        Option<OutputFormat>? format,
        Func<DatabaseMigrator, TextWriter, Task<int>> work,
        CancellationToken cancellationToken) =>
        CommandRunner.RunAsync(
            result,
            database,
            (target, output) => work(MigratorOptions.CreateMigrator(target.ConnectionString, result.GetValue(scripts)), output),
            cancellationToken,
            format: format is null ? OutputFormat.Text : result.GetValue(format));

    /// <summary>At a terminal, asks before reverting everything; with stdin redirected (CI) there is nobody to ask.</summary>
    private static async Task<bool> ConfirmRevertAllAsync(int applied)
    {
        if (Console.IsInputRedirected)
        {
            return false;
        }

        await Console.Out.WriteAsync($"This reverts all {applied} applied migration(s): every table and its data. Type 'yes' to go on: ");
        return string.Equals((await Console.In.ReadLineAsync())?.Trim(), "yes", StringComparison.OrdinalIgnoreCase);
    }

    private static object StatusDocument(MigrationStatus status) => new
    {
        status.IsUpToDate,
        Counts = new { Applied = status.Applied.Count, Pending = status.Pending.Count, Changed = status.Changed.Count, Missing = status.Missing.Count, OutOfOrder = status.OutOfOrder.Count },
        Scripts = status.Scripts.Select(s => new { s.Name, s.State, AppliedAtUtc = s.Journal?.AppliedAtUtc, AppliedBy = s.Journal?.AppliedBy, DurationMs = s.Journal?.DurationMs }),
    };

    private static void PrintStatus(MigrationStatus status)
    {
        var table = Tables.Create("state", "script", "applied (UTC)", "by");
        foreach (var script in status.Scripts)
        {
            table.Row(script.State, script.Name, script.Journal?.AppliedAtUtc.ToString("u", System.Globalization.CultureInfo.InvariantCulture), script.Journal?.AppliedBy);
        }

        var console = Tables.Console();
        console.Write(table);
        console.WriteLine($"Status: {status.Applied.Count} applied, {status.Pending.Count} pending, " +
                          $"{status.Changed.Count} changed, {status.Missing.Count} missing, {status.OutOfOrder.Count} out of order.");
    }
}
