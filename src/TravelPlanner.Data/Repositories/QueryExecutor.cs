using System.Diagnostics;
using Dapper;
using Microsoft.Extensions.Options;
using Npgsql;
using Polly;
using TravelPlanner.Data.Diagnostics;
using TravelPlanner.Data.Resilience;
using TravelPlanner.Data.Sql;

namespace TravelPlanner.Data.Repositories;

/// <summary>
/// The one place repositories run SQL: Dapper over a pooled connection from the singleton
/// <see cref="NpgsqlDataSource"/>, the cancellation token always passed through
/// <see cref="CommandDefinition"/>, transient failures retried where that is safe
/// (<see cref="DatabaseRetry"/>), one activity and one duration measurement per query, and every
/// driver error translated at this edge (<see cref="PostgresErrorTranslator"/>) so no
/// <see cref="PostgresException"/> reaches a caller. Pass a <see cref="DbTransaction"/> to run inside a
/// unit of work opened with <see cref="InTransactionAsync{T}"/>.
/// </summary>
internal sealed class QueryExecutor
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly ResiliencePipeline _readRetry;
    private readonly ResiliencePipeline _writeRetry;
    private readonly int? _commandTimeoutSeconds;

    public QueryExecutor(NpgsqlDataSource dataSource, IOptions<TravelPlannerDataOptions> options)
        : this(dataSource, options.Value.Retry, options.Value.CommandTimeout)
    {
    }

    /// <param name="dataSource">Where connections come from.</param>
    /// <param name="retry">Retry rules.</param>
    /// <param name="commandTimeout">Per-statement timeout (whole seconds, rounded up); null keeps the connection string's <c>Command Timeout</c>.</param>
    public QueryExecutor(NpgsqlDataSource dataSource, RetryOptions retry, TimeSpan? commandTimeout = null)
    {
        _dataSource = dataSource;
        _readRetry = DatabaseRetry.ForReads(retry);
        _writeRetry = DatabaseRetry.ForWrites(retry);
        _commandTimeoutSeconds = commandTimeout is { } timeout ? (int)Math.Ceiling(timeout.TotalSeconds) : null;
    }

    public Task<List<T>> QueryAsync<T>(SqlQuery query, object? parameters, CancellationToken cancellationToken, DbTransaction? transaction = null) =>
        RunAsync(query, transaction, async (connection, tx) =>
            (await connection.QueryAsync<T>(Command(query, parameters, tx, cancellationToken)).ConfigureAwait(false)).AsList(),
            cancellationToken);

    public Task<T?> QuerySingleOrDefaultAsync<T>(SqlQuery query, object? parameters, CancellationToken cancellationToken, DbTransaction? transaction = null) =>
        RunAsync(query, transaction, (connection, tx) =>
            connection.QuerySingleOrDefaultAsync<T>(Command(query, parameters, tx, cancellationToken)),
            cancellationToken);

    public Task<T> QuerySingleAsync<T>(SqlQuery query, object? parameters, CancellationToken cancellationToken, DbTransaction? transaction = null) =>
        RunAsync(query, transaction, (connection, tx) =>
            connection.QuerySingleAsync<T>(Command(query, parameters, tx, cancellationToken)),
            cancellationToken);

    public Task<int> ExecuteAsync(SqlQuery query, object? parameters, CancellationToken cancellationToken, DbTransaction? transaction = null) =>
        RunAsync(query, transaction, (connection, tx) =>
            connection.ExecuteAsync(Command(query, parameters, tx, cancellationToken)),
            cancellationToken);

    /// <summary>Runs a batch of statements in one round trip and lets <paramref name="read"/> consume the result sets in order.</summary>
    public Task<TResult> QueryMultipleAsync<TResult>(
        SqlQuery query,
        object? parameters,
        Func<SqlMapper.GridReader, Task<TResult>> read,
        CancellationToken cancellationToken,
        DbTransaction? transaction = null) =>
        RunAsync(query, transaction, async (connection, tx) =>
        {
            var grid = await connection.QueryMultipleAsync(Command(query, parameters, tx, cancellationToken)).ConfigureAwait(false);
            await using (grid.ConfigureAwait(false))
            {
                return await read(grid).ConfigureAwait(false);
            }
        }, cancellationToken);

    /// <summary>
    /// Opens a connection and a transaction, runs <paramref name="work"/>, commits. Any exception rolls
    /// everything back (nothing partial is written) and is translated like any other query error. The
    /// whole unit is retried when PostgreSQL rolled it back on its own (serialization failure, deadlock)
    /// or the connection never opened; <paramref name="work"/> must therefore only touch the database.
    /// </summary>
    public async Task<T> InTransactionAsync<T>(
        Func<DbTransaction, Task<T>> work,
        CancellationToken cancellationToken,
        System.Data.IsolationLevel isolationLevel = System.Data.IsolationLevel.ReadCommitted)
    {
        try
        {
            return await _writeRetry.ExecuteAsync(
                async token =>
                {
                    var connection = await OpenAsync(token).ConfigureAwait(false);
                    await using (connection.ConfigureAwait(false))
                    {
                        var transaction = await connection.BeginTransactionAsync(isolationLevel, token).ConfigureAwait(false);
                        await using (transaction.ConfigureAwait(false))
                        {
                            var result = await work(new DbTransaction(connection, transaction)).ConfigureAwait(false);
                            await transaction.CommitAsync(token).ConfigureAwait(false);
                            return result;
                        }
                    }
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (PostgresErrorTranslator.TryTranslate(Unwrap(e), queryName: null, out var translated))
        {
            throw translated;
        }
    }

    private async Task<T> RunAsync<T>(
        SqlQuery query,
        DbTransaction? transaction,
        Func<NpgsqlConnection, NpgsqlTransaction?, Task<T>> action,
        CancellationToken cancellationToken)
    {
        if (transaction is not null)
        {
            // Inside a unit of work: no retry of one statement (the unit retries as a whole), and errors
            // propagate untranslated to InTransactionAsync, which rolls back first and translates once.
            return await MeasureAsync(query, () => action(transaction.Connection, transaction.Transaction)).ConfigureAwait(false);
        }

        try
        {
            var retry = query.IsReadOnly ? _readRetry : _writeRetry;
            return await retry.ExecuteAsync(
                async token =>
                {
                    var connection = await OpenAsync(token).ConfigureAwait(false);
                    await using (connection.ConfigureAwait(false))
                    {
                        return await MeasureAsync(query, () => action(connection, null)).ConfigureAwait(false);
                    }
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (PostgresErrorTranslator.TryTranslate(Unwrap(e), query.Name, out var translated))
        {
            throw translated;
        }
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (NpgsqlException e)
        {
            throw new ConnectionOpenException(e);
        }
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
