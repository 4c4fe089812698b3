using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Dapper;
using Npgsql;

namespace TravelPlanner.Data.Repositories.Rows;

/// <summary>
/// Runs a command through Dapper (<see cref="SqlMapper.ExecuteReaderAsync(DbConnection, CommandDefinition, CommandBehavior)"/>:
/// Dapper binds the parameters) and reads its rows with an <see cref="IRowReader{T}"/>, with the command behaviour Dapper's
/// own <c>QueryAsync</c> uses. The executor's delegates for its typed reads.
/// </summary>
internal static class RowReading
{
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public static async ValueTask<List<T>> ListAsync<T, TRow>(NpgsqlConnection connection, CommandDefinition command)
        where TRow : IRowReader<T>
    {
        var wrapped = await connection.ExecuteReaderAsync(command, CommandBehavior.SequentialAccess | CommandBehavior.SingleResult).ConfigureAwait(false);
        await using (wrapped.ConfigureAwait(false))
        {
            // The loop inline: each async layer that waits on the network costs its state machine.
            var reader = Unwrap(wrapped);
            RowColumns.Check<T, TRow>(reader);
            var rows = new List<T>();
            while (await reader.ReadAsync(command.CancellationToken).ConfigureAwait(false))
            {
                rows.Add(TRow.Read(reader));
            }

            return rows;
        }
    }

    /// <summary>The one row a statement returns (an insert's <c>returning</c>), read by <typeparamref name="TRow"/>.</summary>
    /// <exception cref="InvalidOperationException">The statement returned no row or more than one.</exception>
    public static ValueTask<T> SingleAsync<T, TRow>(NpgsqlConnection connection, CommandDefinition command)
        where TRow : IRowReader<T> =>
        OneAsync<T, TRow>(connection, command, required: true)!; // required: no row threw; no async layer of its own

    /// <summary>The row a statement returns, read by <typeparamref name="TRow"/>, or the default when it returns none.</summary>
    /// <exception cref="InvalidOperationException">The statement returned more than one row.</exception>
    public static ValueTask<T?> SingleOrDefaultAsync<T, TRow>(NpgsqlConnection connection, CommandDefinition command)
        where TRow : IRowReader<T> =>
        OneAsync<T, TRow>(connection, command, required: false);

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private static async ValueTask<T?> OneAsync<T, TRow>(NpgsqlConnection connection, CommandDefinition command, bool required)
        where TRow : IRowReader<T>
    {
        var wrapped = await connection.ExecuteReaderAsync(command, CommandBehavior.SequentialAccess | CommandBehavior.SingleResult).ConfigureAwait(false);
        await using (wrapped.ConfigureAwait(false))
        {
            // Inline, as ListAsync: another async layer would cost its state machine.
            var reader = Unwrap(wrapped);
            RowColumns.Check<T, TRow>(reader);
            if (!await reader.ReadAsync(command.CancellationToken).ConfigureAwait(false))
            {
                return required ? throw NoRow() : default;
            }

            var row = TRow.Read(reader);
            return await reader.ReadAsync(command.CancellationToken).ConfigureAwait(false) ? throw MoreThanOneRow() : row;
        }
    }

    // Dapper hands back its wrapper, which disposes the command with the reader; the rows are read from Npgsql's reader
    // inside it, whose raw column bytes the row readers' text reads use (RowValues.Text).
    private static DbDataReader Unwrap(DbDataReader reader) =>
        reader is IWrappedDataReader { Reader: DbDataReader inner } ? inner : reader;

    // Dapper's words for the same errors.
    public static InvalidOperationException MoreThanOneRow() => new("Sequence contains more than one element");

    public static InvalidOperationException NoRow() => new("Sequence contains no elements");
}
