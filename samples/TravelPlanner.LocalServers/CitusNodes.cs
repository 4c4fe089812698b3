using Npgsql;

namespace TravelPlanner.Data.Testing;

/// <summary>
/// What makes a database of a Citus cluster usable: the database on every node, the extension in each,
/// and the workers registered with the coordinator in that database (Citus keeps its node list per
/// database and propagates neither CREATE DATABASE by default nor the extension to a new database).
/// </summary>
internal static class CitusNodes
{
    private static readonly SemaphoreSlim Registration = new(1, 1);

    /// <summary>Creates the extension on every node's <paramref name="coordinator"/>-named database and registers the workers.</summary>
    public static async Task RegisterAsync(string coordinator, IReadOnlyList<string> workers, CancellationToken cancellationToken)
    {
        foreach (var worker in workers)
        {
            await ExecuteAsync(worker, "create extension if not exists citus", cancellationToken);
        }

        await ExecuteAsync(coordinator, "create extension if not exists citus", cancellationToken);
        var host = new NpgsqlConnectionStringBuilder(coordinator);
        await ExecuteAsync(coordinator, $"select citus_set_coordinator_host('{host.Host}', {host.Port})", cancellationToken);
        foreach (var worker in workers)
        {
            var node = new NpgsqlConnectionStringBuilder(worker);
            await ExecuteAsync(coordinator, $"select citus_add_node('{node.Host}', {node.Port})", cancellationToken);
        }
    }

    /// <summary>The workers' connection strings as the coordinator's <c>postgres</c> database lists them, with the coordinator's credentials.</summary>
    public static async Task<IReadOnlyList<string>> ListWorkersAsync(string coordinator, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(coordinator) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("select nodename, nodeport from pg_dist_node where groupid <> 0 and noderole = 'primary' order by nodeid", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var workers = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            workers.Add(new NpgsqlConnectionStringBuilder(coordinator) { Host = reader.GetString(0), Port = reader.GetInt32(1) }.ConnectionString);
        }

        return workers;
    }

    // Statements here carry names and ports this harness made (or read from pg_dist_node), never caller input.
    public static async Task ExecuteAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Creates <paramref name="database"/> on the coordinator and every worker, without the extension; returns the coordinator's connection string to it.</summary>
    public static async Task<string> CreatePlainDatabaseAsync(string coordinator, string database, CancellationToken cancellationToken)
    {
        var workers = await ListWorkersAsync(coordinator, cancellationToken);
        foreach (var node in workers.Prepend(coordinator))
        {
            await ExecuteAsync(node, $"create database {Quoted(database)}", cancellationToken);
        }

        return For(coordinator, database);
    }

    /// <summary>Installs the extension in <paramref name="database"/> on every node and registers the workers, as an operator would (docs/scaling.md).</summary>
    public static async Task EnableCitusAsync(string coordinator, string database, CancellationToken cancellationToken)
    {
        var workers = await ListWorkersAsync(coordinator, cancellationToken);
        // One registration at a time: citus_add_node from several databases at once updates the same row of a
        // shared catalog on the worker, and the loser fails with "tuple concurrently updated" ("failure on
        // connection marked as essential" on the coordinator).
        await Registration.WaitAsync(cancellationToken);
        try
        {
            await RegisterAsync(For(coordinator, database), [.. workers.Select(w => For(w, database))], cancellationToken);
        }
        finally
        {
            Registration.Release();
        }
    }

    /// <summary>Drops <paramref name="database"/> on every node.</summary>
    public static async Task DropDatabaseAsync(string coordinator, string database, CancellationToken cancellationToken)
    {
        NpgsqlConnection.ClearAllPools();
        var workers = await ListWorkersAsync(coordinator, cancellationToken);
        foreach (var node in workers.Prepend(coordinator))
        {
            await DropOnNodeAsync(node, database, cancellationToken);
        }
    }

    // WITH (FORCE) ends the sessions, but not a prepared transaction (Citus commits multi-node writes in two phases, and
    // a worker may still hold one the coordinator's recovery has not settled) nor a session that connects again at once:
    // both fail the drop with 55006 (object in use). A test database is going away, so its prepared transactions are
    // rolled back, and the drop is tried again.
    private static async Task DropOnNodeAsync(string node, string database, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ExecuteAsync(node, $"drop database if exists {Quoted(database)} with (force)", cancellationToken);
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 20)
            {
                await RollBackPreparedAsync(For(node, database), cancellationToken);
                await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
            }
        }
    }

    private static async Task RollBackPreparedAsync(string connectionString, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            var prepared = new List<string>();
            await using (var command = new NpgsqlCommand("select gid from pg_prepared_xacts where database = current_database()", connection))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    prepared.Add(reader.GetString(0));
                }
            }

            foreach (var gid in prepared)
            {
                await using var rollback = new NpgsqlCommand($"rollback prepared '{gid.Replace("'", "''", StringComparison.Ordinal)}'", connection);
                await rollback.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        catch (NpgsqlException)
        {
            // The database is gone already, or busy: the drop is tried again anyway.
        }
    }

    public static string For(string connectionString, string database) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Database = database }.ConnectionString;

    private static string Quoted(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
