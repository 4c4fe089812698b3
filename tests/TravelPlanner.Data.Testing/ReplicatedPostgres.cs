using Npgsql;

namespace TravelPlanner.Data.Testing;

/// <summary>
/// A primary and one hot standby streaming from it, both the machine's own PostgreSQL binaries in temporary
/// directories on free ports (a container cannot be cloned with <c>pg_basebackup</c> from here), torn down on
/// dispose. Tests pause and resume the standby's replay to hold it behind the primary at will.
/// </summary>
public sealed class ReplicatedPostgres : IAsyncDisposable
{
    private ReplicatedPostgres(LocalPostgresServer primary, LocalPostgresServer standby)
    {
        Primary = primary;
        Standby = standby;
    }

    /// <summary>The primary (read-write).</summary>
    public LocalPostgresServer Primary { get; }

    /// <summary>The hot standby (read-only, replaying the primary's WAL).</summary>
    public LocalPostgresServer Standby { get; }

    /// <summary>Starts a primary, then a standby cloned from it.</summary>
    /// <exception cref="TestServerUnavailableException">No PostgreSQL binaries, or a server would not start.</exception>
    public static async Task<ReplicatedPostgres> StartAsync(CancellationToken cancellationToken = default)
    {
        var primary = await LocalPostgresServer.StartAsync(cancellationToken);
        try
        {
            var standby = await LocalPostgresServer.StartStandbyAsync(primary, cancellationToken);
            return new ReplicatedPostgres(primary, standby);
        }
        catch
        {
            await primary.DisposeAsync();
            throw;
        }
    }

    /// <summary>One multi-host connection string, primary first: <c>Host=127.0.0.1:p1,127.0.0.1:p2</c>.</summary>
    public string MultiHostConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(Primary.ConnectionString)
        {
            Host = $"127.0.0.1:{Primary.Port},127.0.0.1:{Standby.Port}",
            Database = database,
        }.ConnectionString;

    /// <summary>Stops applying WAL on the standby (<c>pg_wal_replay_pause()</c>); it keeps receiving it.</summary>
    public Task PauseReplayAsync(CancellationToken cancellationToken = default) =>
        ExecuteAsync(Standby, "select pg_wal_replay_pause()", cancellationToken);

    /// <summary>Resumes applying WAL on the standby (<c>pg_wal_replay_resume()</c>).</summary>
    public Task ResumeReplayAsync(CancellationToken cancellationToken = default) =>
        ExecuteAsync(Standby, "select pg_wal_replay_resume()", cancellationToken);

    /// <summary>Waits until the standby has replayed everything the primary has written so far.</summary>
    public async Task WaitForReplayAsync(TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var target = await ScalarAsync<NpgsqlTypes.NpgsqlLogSequenceNumber>(Primary, "select pg_current_wal_insert_lsn()", cancellationToken);
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var replayed = await ScalarAsync<NpgsqlTypes.NpgsqlLogSequenceNumber>(Standby, "select coalesce(pg_last_wal_replay_lsn(), '0/0')", cancellationToken);
            if (replayed >= target)
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The standby replayed {replayed}, not {target}, in time.");
            }

            await Task.Delay(20, cancellationToken);
        }
    }

    /// <summary>Stops both servers and deletes their directories.</summary>
    public async ValueTask DisposeAsync()
    {
        await Standby.DisposeAsync();
        await Primary.DisposeAsync();
    }

    private static async Task ExecuteAsync(LocalPostgresServer server, string sql, CancellationToken cancellationToken) =>
        await ScalarAsync<object>(server, sql, cancellationToken);

    private static async Task<T> ScalarAsync<T>(LocalPostgresServer server, string sql, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is T typed ? typed : default!;
    }
}
