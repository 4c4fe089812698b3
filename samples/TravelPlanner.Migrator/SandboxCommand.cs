using System.CommandLine;
using System.Diagnostics;
using TravelPlanner.Data.Migrations;
using TravelPlanner.Data.Testing;

namespace TravelPlanner.Migrator;

/// <summary>
/// <c>sandbox -- COMMAND [ARGS...]</c>: a migrated, seeded PostgreSQL and a Redis for one program (the
/// demo, a smoke test), throwaway ones unless configured, passed to it as
/// <c>ConnectionStrings__TravelPlanner</c> and <c>ConnectionStrings__Redis</c>, removed when it exits.
/// <c>sandbox --citus -- ...</c> makes the throwaway database a Citus cluster's (coordinator + 2 workers).
/// </summary>
internal static class SandboxCommand
{
    public const string RedisEnvironmentVariable = "ConnectionStrings__Redis";

    public static Command Create(DatabaseOptions database)
    {
        var program = new Argument<string[]>("command")
        {
            Description = "The program to run and its arguments (after --).",
            Arity = ArgumentArity.OneOrMore,
        };
        // Checked before any server starts: a missing program is a usage error, not a stack trace after the setup.
        program.Validators.Add(r =>
        {
            var name = r.GetValueOrDefault<string[]>()?.FirstOrDefault();
            if (name is not null && FindProgram(name) is null)
            {
                r.AddError($"sandbox: no program '{name}' (not a file, and not found on PATH).");
            }
        });
        var citus = new Option<bool>("--citus")
        {
            Description = "Without --connection: a throwaway Citus cluster (a coordinator and two workers from the local " +
                "PostgreSQL with the Citus extension; TRAVELPLANNER_CITUS_INSTALLER installs it when missing) instead of one PostgreSQL.",
        };
        var command = new Command(
            "sandbox",
            "Run a program against a migrated PostgreSQL with the airports seeded and a Redis server: the given ones " +
            $"(--connection or {TargetDatabase.EnvironmentVariable}; {RedisEnvironmentVariable}), else throwaway local ones " +
            "removed when the program exits. The program gets both connection strings as environment variables; its exit code is returned.")
        {
            citus,
            program,
        };
        command.SetAction((result, cancellationToken) => RunAsync(result, database, result.GetValue(citus), result.GetValue(program)!, cancellationToken));
        return command;
    }

    /// <summary>The program's path: as given when it names a file, else the first match on PATH; null when there is none.</summary>
    public static string? FindProgram(string name)
    {
        if (name.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal) || File.Exists(name))
        {
            return File.Exists(name) ? name : null;
        }

        return (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);
    }

    private static Task<int> RunAsync(ParseResult result, DatabaseOptions database, bool citus, string[] program, CancellationToken cancellationToken) =>
        CommandRunner.RunAsync(result, database, throwawayAllowed: true, citus: citus, cancellationToken: cancellationToken, work: async (target, output) =>
        {
            var migrated = await new DatabaseMigrator(target.ConnectionString).MigrateAsync(cancellationToken);
            await output.WriteLineAsync($"Migrated ({migrated.AppliedScripts.Count} script(s) applied).");
            await AirportCommands.SeedAsync(target.ConnectionString, output, cancellationToken);

            await using var redis = await ResolveRedisAsync(output, cancellationToken);
            await output.WriteLineAsync($"Running {string.Join(' ', program)}");
            await output.FlushAsync(cancellationToken);
            var exitCode = await RunProgramAsync(program, target.ConnectionString, redis.ConnectionString, cancellationToken);
            if (exitCode != 0)
            {
                await Console.Error.WriteLineAsync($"error: {program[0]} exited with {exitCode}.");
            }

            return exitCode;
        });

    private static async Task<RedisTarget> ResolveRedisAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var configured = Environment.GetEnvironmentVariable(RedisEnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new RedisTarget(configured, null);
        }

        await output.WriteLineAsync($"No {RedisEnvironmentVariable}: starting a throwaway Redis...");
        var server = await LocalRedisServer.StartAsync(cancellationToken);
        await output.WriteLineAsync($"Throwaway Redis: local redis-server on port {server.Port} (removed when the program exits).");
        return new RedisTarget(server.ConnectionString, server);
    }

    private static async Task<int> RunProgramAsync(string[] program, string postgres, string redis, CancellationToken cancellationToken)
    {
        // Output is not redirected: the program writes straight to this console.
        var info = new ProcessStartInfo(program[0]) { UseShellExecute = false };
        foreach (var argument in program.Skip(1))
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment[TargetDatabase.EnvironmentVariable] = postgres;
        info.Environment[RedisEnvironmentVariable] = redis;
        Process? started;
        try
        {
            started = Process.Start(info);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            // Found at parse time but not startable now (not executable, removed since).
            throw new UsageException($"sandbox: could not start {program[0]}: {e.Message}");
        }

        using var process = started ?? throw new UsageException($"sandbox: could not start {program[0]}.");
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return process.ExitCode;
    }

    private sealed record RedisTarget(string ConnectionString, LocalRedisServer? Owned) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Owned?.DisposeAsync() ?? ValueTask.CompletedTask;
    }
}
