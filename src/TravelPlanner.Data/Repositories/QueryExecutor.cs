using Dapper;
using Npgsql;
using TravelPlanner.Data.Sql;

namespace TravelPlanner.Data.Repositories;

/// <summary>
/// The one place repositories run SQL: Dapper over a pooled connection from the singleton
/// <see cref="NpgsqlDataSource"/>, the cancellation token always passed through
/// <see cref="CommandDefinition"/>, and every driver error translated at this edge
/// (<see cref="PostgresErrorTranslator"/>) so no <see cref="PostgresException"/> reaches a caller.
/// Pass a <see cref="DbTransaction"/> to run inside a unit of work opened with <see cref="InTransactionAsync{T}"/>.
/// </summary>
internal sealed class QueryExecutor(NpgsqlDataSource dataSource)
{
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
    /// everything back (nothing partial is written) and is translated like any other query error.
    /// </summary>
    public async Task<T> InTransactionAsync<T>(
        Func<DbTransaction, Task<T>> work,
        CancellationToken cancellationToken,
        System.Data.IsolationLevel isolationLevel = System.Data.IsolationLevel.ReadCommitted)
    {
        try
        {
            var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                var transaction = await connection.BeginTransactionAsync(isolationLevel, cancellationToken).ConfigureAwait(false);
                await using (transaction.ConfigureAwait(false))
                {
                    var result = await work(new DbTransaction(connection, transaction)).ConfigureAwait(false);
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                    return result;
                }
            }
        }
        catch (Exception e) when (PostgresErrorTranslator.TryTranslate(e, queryName: null, out var translated))
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
        try
        {
            if (transaction is not null)
            {
                return await action(transaction.Connection, transaction.Transaction).ConfigureAwait(false);
            }

            var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                return await action(connection, null).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (transaction is null && PostgresErrorTranslator.TryTranslate(e, query.Name, out var translated))
        {
            // Inside a transaction the error propagates untranslated to InTransactionAsync, which
            // rolls back first and translates once.
            throw translated;
        }
    }

    private static CommandDefinition Command(SqlQuery query, object? parameters, NpgsqlTransaction? transaction, CancellationToken cancellationToken) =>
        new(query.Text, parameters, transaction, cancellationToken: cancellationToken);
}
