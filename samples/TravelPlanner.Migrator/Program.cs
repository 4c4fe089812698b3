using System.CommandLine;
using TravelPlanner.Migrator;

var connection = new Option<string?>("--connection", "-c")
{
    Description = "PostgreSQL connection string. Default: the ConnectionStrings__TravelPlanner environment variable; " +
                  "with neither, a throwaway local PostgreSQL is started for the command.",
    Recursive = true,
};

var root = new RootCommand("TravelPlanner.Data migrations and maintenance.");
root.Options.Add(connection);
root.Subcommands.Add(MigrationCommands.Migrate(connection));
root.Subcommands.Add(MigrationCommands.Status(connection));
root.Subcommands.Add(MigrationCommands.Undo(connection));
root.Subcommands.Add(NewMigrationCommand.Create());
root.Subcommands.Add(MigrationCommands.Verify(connection));
root.Subcommands.Add(MigrationCommands.Repair(connection));
root.Subcommands.Add(MigrationCommands.Baseline(connection));
root.Subcommands.Add(AirportCommands.SeedAirports(connection));
root.Subcommands.Add(MaintenanceCommands.Cleanup(connection));
root.Subcommands.Add(MaintenanceCommands.IndexUsage(connection));
root.Subcommands.Add(MaintenanceCommands.Analyze(connection));
root.Subcommands.Add(SandboxCommand.Create(connection));

var parsed = root.Parse(args);
var exitCode = await parsed.InvokeAsync();

// System.CommandLine prints parse errors (unknown option, --var without '=') with exit 1; the console's
// documented code for bad usage is 2, so that "other failure" stays distinguishable.
return parsed.Errors.Count > 0 ? ExitCodes.Usage : exitCode;
