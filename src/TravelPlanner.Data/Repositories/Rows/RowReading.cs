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
        var reader = await connection.ExecuteReaderAsync(command, CommandBehavior.SequentialAccess | CommandBehavior.SingleResult).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            // The loop inline: each async layer that waits on the network costs its state machine.
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
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public static async ValueTask<T> SingleAsync<T, TRow>(NpgsqlConnection connection, CommandDefinition command)
        where TRow : IRowReader<T>
    {
        var reader = await connection.ExecuteReaderAsync(command, CommandBehavior.SequentialAccess | CommandBehavior.SingleResult).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            // Inline, as ListAsync: another async layer would cost its state machine.
            RowColumns.Check<T, TRow>(reader);
            if (!await reader.ReadAsync(command.CancellationToken).ConfigureAwait(false))
            {
                throw NoRow();
            }

            var row = TRow.Read(reader);
            return await reader.ReadAsync(command.CancellationToken).ConfigureAwait(false) ? throw MoreThanOneRow() : row;
        }
    }

    // Dapper's words for the same errors.
    public static InvalidOperationException MoreThanOneRow() => new("Sequence contains more than one element");

    public static InvalidOperationException NoRow() => new("Sequence contains no elements");
}
