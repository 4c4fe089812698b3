using System.CommandLine;
using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Migrations;
using TravelPlanner.Data.Testing;

namespace TravelPlanner.Migrator;

/// <summary>
/// What every database command shares: resolve the target database (refusing when none is named and no throwaway
/// one was asked for; a throwaway one is migrated first when the command needs a schema), run the work, and turn
/// failures into an exit code with a one-line reason on stderr.
/// </summary>
internal static class CommandRunner
{
    /// <param name="result">The parsed command line.</param>
    /// <param name="database">The options naming the database.</param>
    /// <param name="work">The command's work on the resolved database; returns the exit code.</param>
    /// <param name="cancellationToken">Ctrl+C.</param>
    /// <param name="migrateThrowaway">Migrate a throwaway database before <paramref name="work"/> (commands that need the schema).</param>
    /// <param name="throwawayAllowed">A throwaway database even without <c>--throwaway</c> (<c>sandbox</c>).</param>
    /// <param name="format">With JSON, notes (the throwaway server's address) go to stderr so stdout is one JSON document.</param>
    public static async Task<int> RunAsync(
        ParseResult result,
        DatabaseOptions database,
        Func<TargetDatabase, TextWriter, Task<int>> work,
        CancellationToken cancellationToken,
        bool migrateThrowaway = false,
        bool throwawayAllowed = false,
        OutputFormat format = OutputFormat.Text,
        bool citus = false)
    {
        var output = format == OutputFormat.Json ? Console.Error : Console.Out;
        try
        {
            if (result.GetValue(database.Throwaway) && !string.IsNullOrWhiteSpace(result.GetValue(database.Connection)))
            {
                throw new UsageException("--throwaway and --connection name two different databases: pass one of them.");
            }

            var throwaway = throwawayAllowed || result.GetValue(database.Throwaway);
            await using var target = await TargetDatabase.ResolveAsync(result.GetValue(database.Connection), throwaway, output, cancellationToken, citus);
            if (migrateThrowaway && target.IsThrowaway)
            {
                // A fresh server has no schema yet: without the migrations there is nothing to work on.
                var migrated = await new DatabaseMigrator(target.ConnectionString).MigrateAsync(cancellationToken);
                await output.WriteLineAsync($"Migrated the throwaway database ({migrated.AppliedScripts.Count} script(s)).");
            }

            return await work(target, Console.Out);
        }
        catch (UsageException e)
        {
            return await FailAsync(e.Message, ExitCodes.Usage);
        }
        catch (MigrationException e)
        {
            return await FailAsync(e.Message, e.Failure switch
            {
                MigrationFailure.ServerUnreachable => ExitCodes.ServerUnreachable,
                MigrationFailure.AuthenticationFailed => ExitCodes.AuthenticationFailed,
                MigrationFailure.ScriptFailed => ExitCodes.ScriptFailed,
                MigrationFailure.Drift => ExitCodes.Drift,
                MigrationFailure.LockTimeout => ExitCodes.LockTimeout,
                MigrationFailure.OutOfOrder => ExitCodes.OutOfOrder,
                MigrationFailure.ScriptMissing => ExitCodes.ScriptMissing,
                _ => ExitCodes.Failure,
            });
        }
        catch (TravelPlannerException e)
        {
            // Missing table (not migrated), bad data, or a database failure: the message says which.
            return await FailAsync(e.Message, ExitCodes.Failure);
        }
        catch (TestServerUnavailableException e)
        {
            return await FailAsync(e.Message, ExitCodes.NoServer);
        }
        catch (Exception e) when (e is ArgumentException or DirectoryNotFoundException)
        {
            // A malformed connection string or a --scripts folder that is not there.
            return await FailAsync(e.Message, ExitCodes.Usage);
        }
    }

    public static async Task<int> FailAsync(string message, int exitCode)
    {
        await Console.Error.WriteLineAsync($"error: {message.ReplaceLineEndings(" ")}");
        return exitCode;
    }
}
