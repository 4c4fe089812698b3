using System.Diagnostics;
using Dapper;
using Microsoft.Extensions.Options;
using Npgsql;
using Polly;
using TravelPlanner.Data.Changes;
using TravelPlanner.Data.Diagnostics;
using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Replicas;
using TravelPlanner.Data.Resilience;
using TravelPlanner.Data.Sql;

namespace TravelPlanner.Data.Repositories;

/// <summary>
/// The one place repositories run SQL: Dapper over a pooled connection from the singleton
/// <see cref="NpgsqlDataSource"/> (on the server <see cref="ReadRouter"/> picks: with standbys, reads may go to one), the cancellation token always passed through
/// <see cref="CommandDefinition"/>, one activity and one duration measurement per query, and every
/// driver error translated at this edge (<see cref="PostgresErrorTranslator"/>) so no
/// <see cref="PostgresException"/> reaches a caller.
/// <list type="bullet">
/// <item><c>Query*</c> methods take a <see cref="ReadQuery"/> and retry any transient failure.</item>
/// <item><c>Write*</c> and <see cref="ExecuteAsync"/> take a <see cref="WriteQuery"/> and the <see cref="DataChange"/>
/// it makes; they retry only what the server certainly did not apply (<see cref="DatabaseRetry"/>), and announce the
/// change once it committed (<see cref="ChangeAnnouncer"/>): at once for a single statement, at the commit of
/// <see cref="InTransactionAsync{T}"/> for a statement in a <see cref="UnitOfWork"/>.</item>
/// </list>
/// </summary>
internal sealed class QueryExecutor
{
    private readonly ReadRouter _router;
    private readonly ChangeAnnouncer _announcer;
    private readonly ResiliencePipeline _readRetry;
    private readonly ResiliencePipeline _writeRetry;
    private readonly int? _commandTimeoutSeconds;

    public QueryExecutor(NpgsqlDataSource dataSource, IOptions<TravelPlannerDataOptions> options, ChangeAnnouncer announcer, ReadRouter router)
        : this(dataSource, options.Value.Retry, options.Value.CommandTimeout, announcer, router)
    {
    }

    /// <param name="dataSource">Where connections come from.</param>
    /// <param name="retry">Retry rules.</param>
    /// <param name="commandTimeout">Per-statement timeout (whole seconds, rounded up); null keeps the connection string's <c>Command Timeout</c>.</param>
    /// <param name="announcer">Who hears of committed writes; null for nobody.</param>
    /// <param name="router">Which server each statement runs on; null for one built on <paramref name="dataSource"/> (positions in process).</param>
    public QueryExecutor(NpgsqlDataSource dataSource, RetryOptions retry, TimeSpan? commandTimeout = null, ChangeAnnouncer? announcer = null, ReadRouter? router = null)
    {
        _router = router ?? new ReadRouter(dataSource, new ProcessCommitPositions(TimeProvider.System));
        _announcer = announcer ?? ChangeAnnouncer.None;
        _readRetry = DatabaseRetry.ForReads(retry);
        _writeRetry = DatabaseRetry.ForWrites(retry);
        _commandTimeoutSeconds = commandTimeout is { } timeout ? (int)Math.Ceiling(timeout.TotalSeconds) : null;
    }

    public Task<List<T>> QueryAsync<T>(ReadQuery query, object? parameters, CancellationToken cancellationToken, UnitOfWork? unit = null) =>
        RunAsync(query, parameters, unit, async (connection, tx) =>
            (await connection.QueryAsync<T>(Command(query, parameters, tx, cancellationToken)).ConfigureAwait(false)).AsList(),
            cancellationToken);

    public Task<T?> QuerySingleOrDefaultAsync<T>(ReadQuery query, object? parameters, CancellationToken cancellationToken, UnitOfWork? unit = null) =>
        RunAsync(query, parameters, unit, (connection, tx) =>
            connection.QuerySingleOrDefaultAsync<T>(Command(query, parameters, tx, cancellationToken)),
            cancellationToken);

    public Task<T> QuerySingleAsync<T>(ReadQuery query, object? parameters, CancellationToken cancellationToken, UnitOfWork? unit = null) =>
        RunAsync(query, parameters, unit, (connection, tx) =>
            connection.QuerySingleAsync<T>(Command(query, parameters, tx, cancellationToken)),
            cancellationToken);

    /// <summary>Rows split in two at column <paramref name="splitOn"/>, each pair mapped by <paramref name="map"/> (the second is null when its first column is).</summary>
    public Task<List<TReturn>> QueryAsync<TFirst, TSecond, TReturn>(
        ReadQuery query,
        object? parameters,
        Func<TFirst, TSecond, TReturn> map,
        string splitOn,
        CancellationToken cancellationToken) =>
        RunAsync(query, parameters, unit: null, async (connection, tx) =>
            (await connection.QueryAsync(Command(query, parameters, tx, cancellationToken), map, splitOn).ConfigureAwait(false)).AsList(),
            cancellationToken);

    /// <summary>Runs a batch of statements in one round trip and lets <paramref name="read"/> consume the result sets in order.</summary>
    public Task<TResult> QueryMultipleAsync<TResult>(
        ReadQuery query,
        object? parameters,
        Func<SqlMapper.GridReader, Task<TResult>> read,
        CancellationToken cancellationToken,
        UnitOfWork? unit = null) =>
        RunAsync(query, parameters, unit, async (connection, tx) =>
        {
            var grid = await connection.QueryMultipleAsync(Command(query, parameters, tx, cancellationToken)).ConfigureAwait(false);
            await using (grid.ConfigureAwait(false))
            {
                return await read(grid).ConfigureAwait(false);
            }
        }, cancellationToken);

    /// <summary>A write that returns exactly one row; announces <paramref name="change"/>.</summary>
    public Task<T> WriteSingleAsync<T>(WriteQuery query, object? parameters, DataChange change, CancellationToken cancellationToken, UnitOfWork? unit = null) =>
        WriteAsync(query, unit, (connection, tx) =>
            connection.QuerySingleAsync<T>(Command(query, parameters, tx, cancellationToken)),
            _ => change,
            cancellationToken);

    /// <summary>A write that returns exactly one row; announces what <paramref name="change"/> makes of it.</summary>
    public Task<T> WriteSingleAsync<T>(WriteQuery query, object? parameters, Func<T, DataChange> change, CancellationToken cancellationToken, UnitOfWork? unit = null) =>
        WriteAsync(query, unit, (connection, tx) =>
            connection.QuerySingleAsync<T>(Command(query, parameters, tx, cancellationToken)),
            change,
            cancellationToken);

    /// <summary>A write that returns one row or none (nothing matched); announces <paramref name="change"/> when a row came back.</summary>
    public Task<T?> WriteSingleOrDefaultAsync<T>(WriteQuery query, object? parameters, DataChange change, CancellationToken cancellationToken, UnitOfWork? unit = null) =>
        WriteSingleOrDefaultAsync<T>(query, parameters, _ => change, cancellationToken, unit);

    /// <summary>A write that returns one row or none; announces what <paramref name="change"/> makes of the row, when one came back.</summary>
    public Task<T?> WriteSingleOrDefaultAsync<T>(WriteQuery query, object? parameters, Func<T, DataChange> change, CancellationToken cancellationToken, UnitOfWork? unit = null) =>
        WriteAsync(query, unit, (connection, tx) =>
            connection.QuerySingleOrDefaultAsync<T>(Command(query, parameters, tx, cancellationToken)),
            row => row is null ? DataChange.None : change(row),
            cancellationToken);

    /// <summary>A write that returns rows; announces what <paramref name="change"/> makes of them.</summary>
    public Task<List<T>> WriteListAsync<T>(WriteQuery query, object? parameters, Func<List<T>, DataChange> change, CancellationToken cancellationToken, UnitOfWork? unit = null) =>
        WriteAsync(query, unit, async (connection, tx) =>
            (await connection.QueryAsync<T>(Command(query, parameters, tx, cancellationToken)).ConfigureAwait(false)).AsList(),
            change,
            cancellationToken);

    /// <summary>A write that returns no rows; returns the number of rows affected and announces <paramref name="change"/> when it is not zero.</summary>
    public Task<int> ExecuteAsync(WriteQuery query, object? parameters, DataChange change, CancellationToken cancellationToken, UnitOfWork? unit = null) =>
        WriteAsync(query, unit, (connection, tx) =>
            connection.ExecuteAsync(Command(query, parameters, tx, cancellationToken)),
            rows => rows == 0 ? DataChange.None : change,
            cancellationToken);

    /// <summary>
    /// Opens a connection and a transaction, runs <paramref name="work"/>, commits, then announces the changes
    /// the unit's writes recorded. Any exception rolls everything back (nothing partial is written, nothing is
    /// announced) and is translated like any other query error. The whole unit is retried when PostgreSQL rolled
    /// it back on its own (serialization failure, deadlock) or the connection never opened; <paramref name="work"/>
    /// must therefore only touch the database.
    /// </summary>
    public async Task<T> InTransactionAsync<T>(
        Func<UnitOfWork, Task<T>> work,
        CancellationToken cancellationToken,
        System.Data.IsolationLevel isolationLevel = System.Data.IsolationLevel.ReadCommitted)
    {
        (T Result, IReadOnlyList<DataChange> Changes) committed;
        try
        {
            committed = await _writeRetry.ExecuteAsync(
                async token =>
                {
                    var connection = await OpenAsync(read: null, parameters: null, token).ConfigureAwait(false);
                    await using (connection.ConfigureAwait(false))
                    {
                        var transaction = await connection.BeginTransactionAsync(isolationLevel, token).ConfigureAwait(false);
                        await using (transaction.ConfigureAwait(false))
                        {
                            var unit = new UnitOfWork(connection, transaction);
                            var result = await work(unit).ConfigureAwait(false);
                            await transaction.CommitAsync(token).ConfigureAwait(false);
                            return (result, unit.Changes);
                        }
                    }
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (TryTranslate(e, query: null, out var translated))
        {
            throw translated;
        }

        await _announcer.AnnounceAsync(committed.Changes, this).ConfigureAwait(false);
        return committed.Result;
    }

    private async Task<T> WriteAsync<T>(
        WriteQuery query,
        UnitOfWork? unit,
        Func<NpgsqlConnection, NpgsqlTransaction?, Task<T>> action,
        Func<T, DataChange> change,
        CancellationToken cancellationToken)
    {
        var result = await RunAsync(query, parameters: null, unit, action, cancellationToken).ConfigureAwait(false);
        if (unit is not null)
        {
            unit.Record(change(result));
        }
        else if (!_announcer.IsSilent)
        {
            await _announcer.AnnounceAsync(change(result), this).ConfigureAwait(false);
        }

        return result;
    }

    private async Task<T> RunAsync<T>(
        SqlQuery query,
        object? parameters,
        UnitOfWork? unit,
        Func<NpgsqlConnection, NpgsqlTransaction?, Task<T>> action,
        CancellationToken cancellationToken)
    {
        if (unit is not null)
        {
            // Inside a unit of work: no retry of one statement (the unit retries as a whole), and errors
            // propagate untranslated to InTransactionAsync, which rolls back first and translates once.
            return await MeasureAsync(query, () => action(unit.Connection, unit.Transaction)).ConfigureAwait(false);
        }

        try
        {
            var retry = query is ReadQuery ? _readRetry : _writeRetry;
            return await retry.ExecuteAsync(
                async token =>
                {
                    var connection = await OpenAsync(query as ReadQuery, parameters, token).ConfigureAwait(false);
                    await using (connection.ConfigureAwait(false))
                    {
                        return await MeasureAsync(query, () => action(connection, null)).ConfigureAwait(false);
                    }
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (TryTranslate(e, query, out var translated))
        {
            throw translated;
        }
    }

    // A read outside a unit of work may go to a standby (ReadRouter); everything else opens on the primary.
    private async Task<NpgsqlConnection> OpenAsync(ReadQuery? read, object? parameters, CancellationToken cancellationToken)
    {
        try
        {
            return read is null
                ? await _router.OpenPrimaryAsync(cancellationToken).ConfigureAwait(false)
                : await _router.OpenForReadAsync(read, parameters, cancellationToken).ConfigureAwait(false);
        }
        catch (NpgsqlException e)
        {
            throw new ConnectionOpenException(e);
        }
    }

    // With standbys, a statement bound to the primary (query null: a unit of work) that could not reach it, or lost it
    // mid-flight, is one typed error; everything else as PostgresErrorTranslator says.
    private bool TryTranslate(Exception e, SqlQuery? query, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Exception? translated)
    {
        var error = Unwrap(e);
        if (_router.IsReplicated
            && query is not ReadQuery { OnPrimary: false }
            && error is NpgsqlException and not PostgresException
            && error.InnerException is not (TimeoutException or OperationCanceledException))
        {
            translated = new PrimaryUnavailableException(error);
            return true;
        }

        return PostgresErrorTranslator.TryTranslate(error, query?.Name, out translated);
    }

    private static async Task<T> MeasureAsync<T>(SqlQuery query, Func<Task<T>> action)
    {
        using var activity = TravelPlannerDiagnostics.ActivitySource.StartActivity(query.Name, ActivityKind.Client);
        activity?.SetTag("db.system.name", "postgresql");
        activity?.SetTag("db.query.name", query.Name);
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (Exception e)
        {
            activity?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
            throw;
        }
        finally
        {
            TravelPlannerDiagnostics.DbQueryDuration.Record(
                Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                new KeyValuePair<string, object?>("db.query.name", query.Name));
        }
    }

    private static Exception Unwrap(Exception e) => e is ConnectionOpenException { InnerException: { } inner } ? inner : e;

    private CommandDefinition Command(SqlQuery query, object? parameters, NpgsqlTransaction? transaction, CancellationToken cancellationToken) =>
        new(query.Text, parameters, transaction, _commandTimeoutSeconds, cancellationToken: cancellationToken);
}
