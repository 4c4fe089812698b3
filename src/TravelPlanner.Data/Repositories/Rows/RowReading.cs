using System.Data;
using System.Data.Common;
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
    public static async Task<List<T>> ListAsync<T, TRow>(NpgsqlConnection connection, CommandDefinition command)
        where TRow : IRowReader<T>
    {
        var reader = await connection.ExecuteReaderAsync(command, CommandBehavior.SequentialAccess | CommandBehavior.SingleResult).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            // The loop inline (not ReadListAsync): each async layer that waits on the network costs its state machine.
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
    public static async Task<T> SingleAsync<T, TRow>(NpgsqlConnection connection, CommandDefinition command)
        where TRow : IRowReader<T>
    {
        var reader = await connection.ExecuteReaderAsync(command, CommandBehavior.SequentialAccess | CommandBehavior.SingleResult).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            // Inline, as ListAsync: not over ReadSingleOrDefaultAsync, whose async layer would cost its state machine.
            RowColumns.Check<T, TRow>(reader);
            if (!await reader.ReadAsync(command.CancellationToken).ConfigureAwait(false))
            {
                throw NoRow();
            }

            var row = TRow.Read(reader);
            return await reader.ReadAsync(command.CancellationToken).ConfigureAwait(false) ? throw MoreThanOneRow() : row;
        }
    }

    /// <summary>The rows of the reader's current result set.</summary>
    public static async Task<List<T>> ReadListAsync<T, TRow>(DbDataReader reader, CancellationToken cancellationToken)
        where TRow : IRowReader<T>
    {
        RowColumns.Check<T, TRow>(reader);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(TRow.Read(reader));
        }

        return rows;
    }

    /// <summary>The one row of the reader's current result set, or the default when it has none.</summary>
    /// <exception cref="InvalidOperationException">The result set has more than one row.</exception>
    public static async Task<T?> ReadSingleOrDefaultAsync<T, TRow>(DbDataReader reader, CancellationToken cancellationToken)
        where TRow : IRowReader<T>
    {
        RowColumns.Check<T, TRow>(reader);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return default;
        }

        var row = TRow.Read(reader);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? throw MoreThanOneRow() : row;
    }

    // Dapper's words for the same errors.
    public static InvalidOperationException MoreThanOneRow() => new("Sequence contains more than one element");

    public static InvalidOperationException NoRow() => new("Sequence contains no elements");
}
