using System.CommandLine;
using System.Globalization;
using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Migrations;
using TravelPlanner.Data.ReferenceData;
using TravelPlanner.Data.Testing;

namespace TravelPlanner.Migrator;

/// <summary><c>seed-airports</c>.</summary>
internal static class AirportCommands
{
    public static Command SeedAirports(Option<string?> connection)
    {
        var command = new Command(
            "seed-airports",
            "Load the airports table from the airport data shipped in TravelPlanner.Data (7,884 rows). Idempotent: " +
            "new codes are inserted, changed rows updated, nothing deleted. The database must be migrated; a throwaway server is migrated first.");
        command.SetAction((result, cancellationToken) => RunAsync(result.GetValue(connection), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string? connection, CancellationToken cancellationToken)
    {
        var output = Console.Out;
        try
        {
            await using var target = await TargetDatabase.ResolveAsync(connection, output, cancellationToken);
            if (target.IsThrowaway)
            {
                // A throwaway database starts empty: without the migrations there is no table to load.
                var migrated = await new DatabaseMigrator(target.ConnectionString).MigrateAsync(cancellationToken);
                await output.WriteLineAsync($"Migrated the throwaway database ({migrated.AppliedScripts.Count} script(s)).");
            }

            var importer = new AirportImporter(target.ConnectionString);
            var result = await importer.ImportAsync(new ConsoleProgress(output), cancellationToken);
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"Airports: {result.Read:N0} read, {result.Inserted:N0} inserted, {result.Updated:N0} updated, {result.Unchanged:N0} unchanged " +
                $"in {result.Elapsed.TotalSeconds:F2} s ({result.RowsPerSecond:N0} rows/s)."));
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
        catch (TravelPlannerException e)
        {
            // Missing airports table (not migrated), bad data, or a database failure: the message says which.
            await Console.Error.WriteLineAsync($"error: {e.Message.ReplaceLineEndings(" ")}");
            return ExitCodes.Failure;
        }
    }

    // Synchronous (Progress<T> would post to the thread pool and could print out of order).
    private sealed class ConsoleProgress(TextWriter output) : IProgress<AirportImportProgress>
    {
        public void Report(AirportImportProgress value) =>
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"  {value.Step,-8} {value.Rows,6:N0} rows in {value.Elapsed.TotalMilliseconds,7:F1} ms ({value.RowsPerSecond:N0} rows/s)"));
    }
}
