using System.Data.Common;

namespace TravelPlanner.Data.Repositories.Rows;

/// <summary>
/// The result sets of one batch (<see cref="QueryExecutor.QueryResultSetsAsync{TResult}"/>), read in order, each with
/// its <see cref="IRowReader{T}"/>: the typed counterpart of Dapper's <c>GridReader</c>.
/// </summary>
internal sealed class ResultSets(DbDataReader reader, CancellationToken cancellationToken)
{
    private bool _started;

    public async Task<List<T>> ReadListAsync<T, TRow>()
        where TRow : IRowReader<T>
    {
        await NextAsync().ConfigureAwait(false);
        return await RowReading.ReadListAsync<T, TRow>(reader, cancellationToken).ConfigureAwait(false);
    }

    /// <exception cref="InvalidOperationException">The result set has more than one row.</exception>
    public async Task<T?> ReadSingleOrDefaultAsync<T, TRow>()
        where TRow : IRowReader<T>
    {
        await NextAsync().ConfigureAwait(false);
        return await RowReading.ReadSingleOrDefaultAsync<T, TRow>(reader, cancellationToken).ConfigureAwait(false);
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
