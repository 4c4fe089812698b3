using Npgsql;
using TravelPlanner.Data.Changes;

namespace TravelPlanner.Data.Repositories;

/// <summary>
/// An open connection and its transaction, shared by the repository calls of one
/// <see cref="QueryExecutor.InTransactionAsync{T}"/>, and the changes its writes made: they are announced
/// together once it commits, and dropped if it rolls back.
/// </summary>
internal sealed class UnitOfWork(NpgsqlConnection connection, NpgsqlTransaction transaction)
{
    private List<DataChange>? _changes;

    public NpgsqlConnection Connection { get; } = connection;

    public NpgsqlTransaction Transaction { get; } = transaction;

    /// <summary>What the unit's writes changed so far.</summary>
    public IReadOnlyList<DataChange> Changes => _changes ?? (IReadOnlyList<DataChange>)[];

    /// <summary>Records <paramref name="change"/> for announcement after the commit.</summary>
    public void Record(DataChange change)
    {
        if (!change.IsNone)
        {
            (_changes ??= []).Add(change);
        }
    }
}
