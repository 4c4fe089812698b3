using TravelPlanner.Data.Testing;

namespace TravelPlanner.Migrator;

/// <summary>
/// The database a command works on: <c>--connection</c>, else <c>ConnectionStrings__TravelPlanner</c>,
/// else a throwaway local PostgreSQL that lives as long as the command (so a first run just works), or with
/// <c>--citus</c> a throwaway Citus cluster (coordinator + 2 workers, <see cref="TestCitus"/>).
/// </summary>
internal sealed class TargetDatabase : IAsyncDisposable
{
    public const string EnvironmentVariable = "ConnectionStrings__TravelPlanner";

    private readonly IAsyncDisposable? _throwaway;

    private TargetDatabase(string connectionString, string description, IAsyncDisposable? throwaway)
    {
        ConnectionString = connectionString;
        Description = description;
        _throwaway = throwaway;
    }

    public string ConnectionString { get; }

    public string Description { get; }

    public bool IsThrowaway => _throwaway is not null;

    public static async Task<TargetDatabase> ResolveAsync(string? connectionOption, TextWriter output, CancellationToken cancellationToken, bool citus = false)
    {
        if (!string.IsNullOrWhiteSpace(connectionOption))
        {
            return new TargetDatabase(connectionOption, "--connection", null);
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return new TargetDatabase(fromEnvironment, EnvironmentVariable, null);
        }

        if (citus)
        {
            await output.WriteLineAsync($"No --connection and no {EnvironmentVariable}: starting a throwaway Citus cluster...");
            var cluster = await TestCitus.StartAsync(cancellationToken);
            await output.WriteLineAsync($"Throwaway cluster: {cluster.Description} (removed when this command ends).");
            return new TargetDatabase(await cluster.CreateDatabaseAsync("travelplanner", cancellationToken), "throwaway Citus cluster", cluster);
        }

        await output.WriteLineAsync($"No --connection and no {EnvironmentVariable}: starting a throwaway PostgreSQL...");
        var server = await TestPostgres.StartAsync(cancellationToken);
        await output.WriteLineAsync($"Throwaway server: {server.Description} (removed when this command ends).");
        return new TargetDatabase(server.ConnectionStringFor("travelplanner"), "throwaway server", server);
    }

    public ValueTask DisposeAsync() => _throwaway?.DisposeAsync() ?? ValueTask.CompletedTask;
}
