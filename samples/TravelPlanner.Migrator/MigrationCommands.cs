using System.CommandLine;
using TravelPlanner.Data.Migrations;
using TravelPlanner.Data.Testing;

namespace TravelPlanner.Migrator;

/// <summary><c>migrate</c> and <c>status</c>.</summary>
internal static class MigrationCommands
{
    public static Command Migrate(Option<string?> connection)
    {
        var command = new Command("migrate", "Create the database if missing and apply every pending migration, then print the status.");
        command.SetAction((result, cancellationToken) => RunAsync(result.GetValue(connection), migrate: true, cancellationToken));
        return command;
    }

    public static Command Status(Option<string?> connection)
    {
        var command = new Command("status", "List applied and pending migrations.");
        command.SetAction((result, cancellationToken) => RunAsync(result.GetValue(connection), migrate: false, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string? connection, bool migrate, CancellationToken cancellationToken)
    {
        var output = Console.Out;
        try
        {
            await using var target = await TargetDatabase.ResolveAsync(connection, output, cancellationToken);
            var migrator = new DatabaseMigrator(target.ConnectionString);
            if (migrate)
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

            await PrintStatusAsync(await migrator.GetStatusAsync(cancellationToken), output);
            return ExitCodes.Success;
        }
        catch (MigrationException e)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return e.Failure switch
            {
                MigrationFailure.ServerUnreachable => ExitCodes.ServerUnreachable,
                MigrationFailure.AuthenticationFailed => ExitCodes.AuthenticationFailed,
                MigrationFailure.ScriptFailed => ExitCodes.ScriptFailed,
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
        await output.WriteLineAsync($"Status: {status.Applied.Count} applied, {status.Pending.Count} pending.");
        foreach (var script in status.Applied)
        {
            await output.WriteLineAsync($"  Applied  {script}");
        }

        foreach (var script in status.Pending)
        {
            await output.WriteLineAsync($"  Pending  {script}");
        }
    }
}
