using System.CommandLine;
using System.Globalization;
using TravelPlanner.Data.ReferenceData;

namespace TravelPlanner.Migrator;

/// <summary><c>seed-airports</c>.</summary>
internal static class AirportCommands
{
    public static Command SeedAirports(DatabaseOptions database)
    {
        var command = new Command(
            "seed-airports",
            "Load the airports table from the airport data shipped in TravelPlanner.Data (7,884 rows). Idempotent: " +
            "new codes are inserted, changed rows updated, nothing deleted. The database must be migrated; a throwaway server (--throwaway) is migrated first.");
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(
            result,
            database,
            async (target, output) =>
            {
                await SeedAsync(target.ConnectionString, output, cancellationToken);
                return ExitCodes.Success;
            },
            cancellationToken,
            migrateThrowaway: true));
        return command;
    }

    /// <summary>Loads the shipped airports into a migrated database and prints the counts (also used by <c>sandbox</c>).</summary>
    public static async Task SeedAsync(string connectionString, TextWriter output, CancellationToken cancellationToken)
    {
        var importer = new AirportImporter(connectionString);
        var result = await importer.ImportAsync(new ConsoleProgress(output), cancellationToken);
        await output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"Airports: {result.Read:N0} read, {result.Inserted:N0} inserted, {result.Updated:N0} updated, {result.Unchanged:N0} unchanged " +
            $"in {result.Elapsed.TotalSeconds:F2} s ({result.RowsPerSecond:N0} rows/s)."));
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
