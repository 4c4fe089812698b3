using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Dapper;
using Npgsql;

namespace TravelPlanner.Data.Repositories.Rows;

/// <summary>
/// Runs a command through Dapper (<see cref="SqlMapper.ExecuteReaderAsync(DbConnection, CommandDefinition, CommandBehavior)"/>:
/// Dapper binds the parameters) and reads its rows with an <see cref="IRowReader{T}"/>, or with Dapper's row parser for a
/// model without one. The executor's delegates for every statement that returns rows.
/// </summary>
/// <remarks>
/// Rows are read buffered (<see cref="Behavior"/>): <c>ReadAsync</c> brings the whole row into Npgsql's buffer, so the
/// column getters never touch the network. Dapper's own <c>QueryAsync</c> and <c>QuerySingleAsync</c> ask for
/// <see cref="CommandBehavior.SequentialAccess"/>, under which Npgsql streams a row and a synchronous getter reads the
/// socket synchronously whenever the row has not fully arrived (a result larger than the 8 KB read buffer, a row split
/// between packets): a thread blocked per such read, and, with the host's inline socket completions
/// (<c>DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=1</c>, README), the socket engine's own thread waiting for itself, so
/// every socket of the process hung (a trip's details of 20 items never answered; docs/benchmarks.md).
/// </remarks>
internal static class RowReading
{
    /// <summary>One result set, rows buffered: no column read waits on the network.</summary>
    public const CommandBehavior Behavior = CommandBehavior.SingleResult;

    /// <summary>The rows, mapped by Dapper (its row parser, as Dapper's <c>QueryAsync</c> maps them).</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public static async ValueTask<List<T>> MappedListAsync<T>(NpgsqlConnection connection, CommandDefinition command)
    {
        var wrapped = await connection.ExecuteReaderAsync(command, Behavior).ConfigureAwait(false);
        await using (wrapped.ConfigureAwait(false))
        {
            var reader = Unwrap(wrapped);
            var rows = new List<T>();
            if (await reader.ReadAsync(command.CancellationToken).ConfigureAwait(false))
            {
                var parse = reader.GetRowParser(typeof(T));
                do
                {
                    rows.Add(As<T>(parse(reader)));
                }
                while (await reader.ReadAsync(command.CancellationToken).ConfigureAwait(false));
            }

            return rows;
        }
    }

    /// <summary>The one row, mapped by Dapper.</summary>
    /// <exception cref="InvalidOperationException">The statement returned no row or more than one.</exception>
    public static ValueTask<T> MappedSingleAsync<T>(NpgsqlConnection connection, CommandDefinition command) =>
        MappedOneAsync<T>(connection, command, required: true)!; // required: no row threw

    /// <summary>The row, mapped by Dapper, or the default when the statement returned none.</summary>
    /// <exception cref="InvalidOperationException">The statement returned more than one row.</exception>
    public static ValueTask<T?> MappedSingleOrDefaultAsync<T>(NpgsqlConnection connection, CommandDefinition command) =>
        MappedOneAsync<T>(connection, command, required: false);

    /// <summary>
    /// A value Dapper's row parser returned, as <typeparamref name="T"/>: a scalar of another type (a <c>bigint</c> for an
    /// <see cref="int"/>) is converted, as Dapper's <c>QueryAsync</c> and <c>GridReader</c> convert it.
    /// </summary>
    public static T As<T>(object? value) =>
        value is null or T
            ? (T)value!
            : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), CultureInfo.InvariantCulture);

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private static async ValueTask<T?> MappedOneAsync<T>(NpgsqlConnection connection, CommandDefinition command, bool required)
    {
        var wrapped = await connection.ExecuteReaderAsync(command, Behavior).ConfigureAwait(false);
        await using (wrapped.ConfigureAwait(false))
        {
            var reader = Unwrap(wrapped);
            if (!await reader.ReadAsync(command.CancellationToken).ConfigureAwait(false))
            {
                return required ? throw NoRow() : default;
            }

            var row = As<T>(reader.GetRowParser(typeof(T))(reader));
            return await reader.ReadAsync(command.CancellationToken).ConfigureAwait(false) ? throw MoreThanOneRow() : row;
        }
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public static async ValueTask<List<T>> ListAsync<T, TRow>(NpgsqlConnection connection, CommandDefinition command)
        where TRow : IRowReader<T>
    {
        var wrapped = await connection.ExecuteReaderAsync(command, Behavior).ConfigureAwait(false);
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
        var wrapped = await connection.ExecuteReaderAsync(command, Behavior).ConfigureAwait(false);
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
