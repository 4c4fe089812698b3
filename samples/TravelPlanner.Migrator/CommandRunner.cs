using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Migrations;
using TravelPlanner.Data.Testing;

namespace TravelPlanner.Migrator;

/// <summary>
/// What every database command shares: resolve the target database (throwaway when none is given,
/// migrated first when the command needs a schema), run the work, and turn failures into an exit code
/// with a one-line reason on stderr.
/// </summary>
internal static class CommandRunner
{
    public static async Task<int> RunAsync(
        string? connection,
        bool migrateThrowaway,
        Func<TargetDatabase, TextWriter, Task<int>> work,
        CancellationToken cancellationToken,
        bool citus = false)
    {
        var output = Console.Out;
        try
        {
            await using var target = await TargetDatabase.ResolveAsync(connection, output, cancellationToken, citus);
            if (migrateThrowaway && target.IsThrowaway)
            {
                // A fresh server has no schema yet: without the migrations there is nothing to work on.
                var migrated = await new DatabaseMigrator(target.ConnectionString).MigrateAsync(cancellationToken);
                await output.WriteLineAsync($"Migrated the throwaway database ({migrated.AppliedScripts.Count} script(s)).");
            }

            return await work(target, output);
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

    private static async Task<int> FailAsync(string message, int exitCode)
    {
        await Console.Error.WriteLineAsync($"error: {message.ReplaceLineEndings(" ")}");
        return exitCode;
    }
}
