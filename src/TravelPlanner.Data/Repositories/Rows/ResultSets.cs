using System.Data.Common;
using Dapper;

namespace TravelPlanner.Data.Repositories.Rows;

/// <summary>
/// The result sets of one batch (<see cref="QueryExecutor.QueryResultSetsAsync{TResult}"/>), read in order: each with
/// its <see cref="IRowReader{T}"/>, or, for a model without one (a scalar, a row of a rarely called batch), with Dapper's
/// row parser (<see cref="SqlMapper.GetRowParser{T}(System.Data.IDataReader, Type?, int, int, bool)"/>) as Dapper's
/// <c>GridReader</c> reads it.
/// </summary>
/// <remarks>
/// The reads return <see cref="ValueTask{TResult}"/> and hold their loops inline: the whole batch has arrived by the time
/// the first set is read, so each read completes synchronously, and a <see cref="Task{TResult}"/> (one per layer) would
/// be an allocation per result set for nothing.
/// </remarks>
internal sealed class ResultSets(DbDataReader reader, CancellationToken cancellationToken)
{
    private bool _started;

    public async ValueTask<List<T>> ReadListAsync<T, TRow>()
        where TRow : IRowReader<T>
    {
        await NextAsync().ConfigureAwait(false);
        RowColumns.Check<T, TRow>(reader);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(TRow.Read(reader));
        }

        return rows;
    }

    /// <summary>The one row of the next result set, or the default when it has none.</summary>
    /// <exception cref="InvalidOperationException">The result set has more than one row.</exception>
    public async ValueTask<T?> ReadSingleOrDefaultAsync<T, TRow>()
        where TRow : IRowReader<T>
    {
        await NextAsync().ConfigureAwait(false);
        RowColumns.Check<T, TRow>(reader);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return default;
        }

        var row = TRow.Read(reader);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? throw RowReading.MoreThanOneRow() : row;
    }

    /// <summary>Moves past the next result set without reading it (a lock's row).</summary>
    public ValueTask SkipAsync() => NextAsync();

    /// <summary>The rows of the next result set, mapped by Dapper.</summary>
    public async ValueTask<List<T>> ReadListAsync<T>()
    {
        await NextAsync().ConfigureAwait(false);
        var parse = reader.GetRowParser(typeof(T));
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(RowReading.As<T>(parse(reader)));
        }

        return rows;
    }

    /// <summary>The one row of the next result set, mapped by Dapper.</summary>
    /// <exception cref="InvalidOperationException">The result set has no row or more than one.</exception>
    public ValueTask<T> ReadSingleAsync<T>() =>
        ReadOneAsync<T>(required: true)!; // required: no row threw

    /// <summary>The one row of the next result set, mapped by Dapper, or the default when it has none.</summary>
    /// <exception cref="InvalidOperationException">The result set has more than one row.</exception>
    public ValueTask<T?> ReadSingleOrDefaultAsync<T>() => ReadOneAsync<T>(required: false);

    private async ValueTask<T?> ReadOneAsync<T>(bool required)
    {
        await NextAsync().ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return required ? throw RowReading.NoRow() : default;
        }

        var row = RowReading.As<T>(reader.GetRowParser(typeof(T))(reader));
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? throw RowReading.MoreThanOneRow() : row;
    }

    // The reader starts on the first result set; each later read moves on to the next.
    private async ValueTask NextAsync()
    {
        if (_started && !await reader.NextResultAsync(cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidOperationException("The batch returned fewer result sets than were read.");
        }

        _started = true;
    }
}
