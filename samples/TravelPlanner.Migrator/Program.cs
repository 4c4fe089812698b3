using System.CommandLine;
using TravelPlanner.Migrator;

var database = new DatabaseOptions();
var root = new RootCommand("travelplanner-db: TravelPlanner.Data migrations and maintenance.");
database.AddTo(root);
root.Subcommands.Add(MigrationCommands.Migrate(database));
root.Subcommands.Add(MigrationCommands.Status(database));
root.Subcommands.Add(MigrationCommands.Undo(database));
root.Subcommands.Add(NewMigrationCommand.Create());
root.Subcommands.Add(MigrationCommands.Verify(database));
root.Subcommands.Add(MigrationCommands.Repair(database));
root.Subcommands.Add(MigrationCommands.Baseline(database));
root.Subcommands.Add(MigrationCommands.Distribute(database));
root.Subcommands.Add(AirportCommands.SeedAirports(database));
root.Subcommands.Add(MaintenanceCommands.Cleanup(database));
root.Subcommands.Add(MaintenanceCommands.IndexUsage(database));
root.Subcommands.Add(MaintenanceCommands.Analyze(database));
root.Subcommands.Add(SandboxCommand.Create(database));

var parsed = root.Parse(args);
var exitCode = await parsed.InvokeAsync();

// System.CommandLine prints parse and validation errors (unknown option, --steps 0, --var without '=') with
// exit 1; the console's documented code for bad usage is 2, so that "other failure" stays distinguishable.
// Validators run before any action: a bad argument never starts a server.
return parsed.Errors.Count > 0 ? ExitCodes.Usage : exitCode;
