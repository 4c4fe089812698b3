using System.CommandLine;
using TravelPlanner.Data.Migrations;

namespace TravelPlanner.Migrator;

/// <summary><c>new NAME</c>: writes the next-numbered migration and its down script from a template.</summary>
internal static class NewMigrationCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("NAME") { Description = "What the migration does, e.g. add_trip_budget." };
        var directory = new Option<string?>("--dir") { Description = "The migrations folder. Default: sql/migrations in the current directory or the nearest parent that has one." };
        var command = new Command("new", "Write sql/migrations/NNNN_NAME.sql and NNNN_NAME.down.sql from a template and print their paths.") { name, directory };
        command.SetAction(async result =>
        {
            var folder = result.GetValue(directory) ?? FindMigrationsFolder();
            if (folder is null)
            {
                await Console.Error.WriteLineAsync("error: no sql/migrations folder here or above; pass --dir.");
                return ExitCodes.Usage;
            }

            try
            {
                var (up, down) = MigrationScaffolder.Create(folder, result.GetValue(name)!);
                await Console.Out.WriteLineAsync(up);
                await Console.Out.WriteLineAsync(down);
                return ExitCodes.Success;
            }
            catch (Exception e) when (e is ArgumentException or DirectoryNotFoundException)
            {
                await Console.Error.WriteLineAsync($"error: {e.Message}");
                return ExitCodes.Usage;
            }
        });
        return command;
    }

    private static string? FindMigrationsFolder()
    {
        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "sql", "migrations");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
