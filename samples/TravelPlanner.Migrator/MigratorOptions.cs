using System.CommandLine;
using TravelPlanner.Data.Migrations;

namespace TravelPlanner.Migrator;

/// <summary>Options several migration commands share (<c>--scripts</c>, <c>--lock-timeout</c>) and <c>migrate</c>'s <c>--var</c>.</summary>
internal static class MigratorOptions
{
    public static Option<string?> Scripts() => new("--scripts")
    {
        HelpName = "DIR",
        Description = "Folder of migration scripts (NNNN_name.sql, NNNN_name.down.sql) to use instead of the ones built into TravelPlanner.Data.",
    };

    public static Option<int> LockTimeout()
    {
        var option = new Option<int>("--lock-timeout")
        {
            Description = "Seconds to wait for another migrator's lock (1 or more).",
            DefaultValueFactory = _ => 60,
        };
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--lock-timeout must be 1 second or more.");
            }
        });
        return option;
    }

    /// <summary><c>--var name=value</c>, repeatable: DbUp variables, substituted for <c>$name$</c> in the scripts.</summary>
    public static Option<Dictionary<string, string>> Variables() => new("--var")
    {
        Description = "Substitute VALUE for $NAME$ in the scripts (DbUp variables); repeatable. Without any, substitution is off.",
        HelpName = "NAME=VALUE",
        Arity = ArgumentArity.ZeroOrMore,
        DefaultValueFactory = _ => new Dictionary<string, string>(StringComparer.Ordinal),
        CustomParser = result =>
        {
            var variables = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var token in result.Tokens)
            {
                var separator = token.Value.IndexOf('=', StringComparison.Ordinal);
                if (separator <= 0)
                {
                    result.AddError($"--var expects NAME=VALUE, got '{token.Value}'.");
                    continue;
                }

                variables[token.Value[..separator]] = token.Value[(separator + 1)..];
            }

            return variables;
        },
    };

    /// <summary>A migrator over the embedded scripts, or over <paramref name="scriptsDirectory"/> when given.</summary>
    public static DatabaseMigrator CreateMigrator(string connectionString, string? scriptsDirectory) =>
        scriptsDirectory is null ? new DatabaseMigrator(connectionString) : DatabaseMigrator.FromDirectory(connectionString, scriptsDirectory);
}
