using TravelPlanner.Data.Testing;

namespace TravelPlanner.Migrator;

/// <summary>
/// The database a command works on: <c>--connection</c>, else <c>ConnectionStrings__TravelPlanner</c>; a throwaway
/// local PostgreSQL that lives as long as the command only when asked for (<c>--throwaway</c>, or <c>sandbox</c>),
/// or with <c>--citus</c> (<c>sandbox --citus</c>) a throwaway Citus cluster (coordinator + 2 workers, <see cref="TestCitus"/>).
/// With none of these a command refuses: a misnamed CI secret must fail, not succeed against an empty server.
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

    /// <exception cref="UsageException">No database is named and a throwaway one was not asked for.</exception>
    public static async Task<TargetDatabase> ResolveAsync(string? connectionOption, bool throwaway, TextWriter output, CancellationToken cancellationToken, bool citus = false)
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

        if (!throwaway)
        {
            throw new UsageException(
                $"no database named. Pass --connection \"Host=...;Database=...;Username=...\" or set {EnvironmentVariable}; " +
                "--throwaway runs the command against a throwaway local PostgreSQL instead (removed when it ends).");
        }

        if (citus)
        {
            await output.WriteLineAsync("Starting a throwaway Citus cluster...");
            var cluster = await LocalCitusCluster.StartAsync(cancellationToken);
            await output.WriteLineAsync($"Throwaway cluster: {cluster.Description} (removed when this command ends).");
            return new TargetDatabase(await cluster.CreateDatabaseAsync("travelplanner", cancellationToken), "throwaway Citus cluster", cluster);
        }

        await output.WriteLineAsync("Starting a throwaway PostgreSQL...");
        var server = await LocalPostgresServer.StartAsync(cancellationToken);
        await output.WriteLineAsync($"Throwaway server: local PostgreSQL on port {server.Port} in {server.Directory} (removed when this command ends).");
        return new TargetDatabase(
            new Npgsql.NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = "travelplanner" }.ConnectionString,
            "throwaway server",
            server);
    }

    public ValueTask DisposeAsync() => _throwaway?.DisposeAsync() ?? ValueTask.CompletedTask;
}
