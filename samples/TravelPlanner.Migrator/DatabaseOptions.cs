using System.CommandLine;

namespace TravelPlanner.Migrator;

/// <summary>
/// The options that name the database every database command works on: <c>--connection</c> (else
/// <c>ConnectionStrings__TravelPlanner</c>), or <c>--throwaway</c> for a local PostgreSQL that lives as long as
/// the command. Nothing is ever run against a database the operator did not name.
/// </summary>
internal sealed class DatabaseOptions
{
    public Option<string?> Connection { get; } = new("--connection", "-c")
    {
        Description = $"PostgreSQL connection string. Default: the {TargetDatabase.EnvironmentVariable} environment variable. " +
                      "Without either, every command except sandbox and new refuses (exit 2) unless --throwaway is given.",
        Recursive = true,
    };

    public Option<bool> Throwaway { get; } = new("--throwaway")
    {
        Description = "Start a throwaway local PostgreSQL (the machine's initdb/pg_ctl) for this command and remove it afterwards, " +
                      "instead of naming a database. Not allowed with --connection.",
        Recursive = true,
    };

    public void AddTo(RootCommand root)
    {
        root.Options.Add(Connection);
        root.Options.Add(Throwaway);
    }
}
