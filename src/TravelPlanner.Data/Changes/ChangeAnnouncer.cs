using System.Transactions;
using TravelPlanner.Data.Repositories;

namespace TravelPlanner.Data.Changes;

/// <summary>
/// The one place committed writes are announced. <see cref="QueryExecutor"/> calls it after a write
/// statement or a unit of work committed, before returning to the caller, so a reader never sees data older
/// than a write that returned. It hands each <see cref="DataChange"/> to every <see cref="IChangeListener"/>; a write to
/// an owner's trips has read the owner's audience in its own round trip (<see cref="QueryExecutor.WriteOwnerTripsAsync{T}"/>).
/// Without listeners (no cache configured) it does nothing and costs nothing.
/// <para>
/// Under an ambient <see cref="System.Transactions.TransactionScope"/> the connection is enlisted (Npgsql's
/// default <c>Enlist=true</c>), so a write commits only when the scope does: its announcement waits for that
/// commit and is dropped when the transaction rolls back (<see cref="AnnounceAfterAmbientCommit"/>).
/// </para>
/// </summary>
internal sealed class ChangeAnnouncer
{
    private readonly IChangeListener[] _listeners;

    public ChangeAnnouncer(IEnumerable<IChangeListener> listeners)
    {
        // Stable order: a listener that must finish first (the read-your-writes positions, before the cache drops a
        // key a lagging standby could refill) comes first and is awaited before the others start.
        _listeners = [.. listeners.OrderByDescending(l => l.RunsFirst)];
    }

    /// <summary>No listeners: writes announce nothing.</summary>
    public static ChangeAnnouncer None { get; } = new([]);

    /// <summary>True when nobody listens, so callers may skip collecting changes.</summary>
    public bool IsSilent => _listeners.Length == 0;

    /// <summary>Announces <paramref name="change"/>, made through <paramref name="executor"/> (after the ambient transaction, if it joined one, commits).</summary>
    public Task AnnounceAsync(DataChange change, QueryExecutor executor) =>
        IsSilent || change.IsNone ? Task.CompletedTask : AnnounceAsync([change], executor);

    /// <summary>Announces every change a unit of work collected, concurrently (after the ambient transaction, if any, commits).</summary>
    public Task AnnounceAsync(IReadOnlyList<DataChange> changes, QueryExecutor executor)
    {
        if (IsSilent || changes.Count == 0)
        {
            return Task.CompletedTask;
        }

        if (executor.EnlistsInAmbientTransactions && Transaction.Current is { } ambient)
        {
            AnnounceAfterAmbientCommit(ambient, changes);
            return Task.CompletedTask;
        }

        return changes.Count == 1 ? NotifyAsync(changes[0]) : Task.WhenAll(changes.Select(NotifyAsync));
    }

    /// <summary>
    /// Defers the announcement to the end of <paramref name="ambient"/>: after a commit it runs before the scope's
    /// <c>Dispose</c> returns (the completion event is raised synchronously on the committing thread, and waiting on
    /// it there is what makes "no stale read after the scope returns" hold); after a rollback nothing changed, so
    /// nothing is announced.
    /// </summary>
    private void AnnounceAfterAmbientCommit(Transaction ambient, IReadOnlyList<DataChange> changes)
    {
        var pending = changes.ToList();
        ambient.TransactionCompleted += (_, e) =>
        {
            if (e.Transaction?.TransactionInformation.Status != TransactionStatus.Committed)
            {
                return;
            }

            using var outside = new TransactionScope(TransactionScopeOption.Suppress, TransactionScopeAsyncFlowOption.Enabled);
            // The library's one wait on a task, on purpose: System.Transactions has no asynchronous completion, the caller is
            // already blocked in TransactionScope.Dispose (Npgsql's enlisted commit is synchronous I/O), and a reader after
            // Dispose returns must not meet the old entry. Every await below is ConfigureAwait(false): no context to deadlock on.
            Task.WhenAll(pending.Select(NotifyAsync)).GetAwaiter().GetResult();
        };
    }

    private Task NotifyAsync(DataChange change) => NotifyAsync(change.Kind, change.Users);

    private Task NotifyAsync(ChangeKind kind, IReadOnlyCollection<Guid> users) =>
        _listeners.Length == 1
            ? _listeners[0].OnCommittedAsync(kind, users)
            : _listeners[0].RunsFirst
                ? NotifyFirstThenOthersAsync(kind, users)
                : Task.WhenAll(_listeners.Select(l => l.OnCommittedAsync(kind, users)));

    private async Task NotifyFirstThenOthersAsync(ChangeKind kind, IReadOnlyCollection<Guid> users)
    {
        await Task.WhenAll(_listeners.Where(l => l.RunsFirst).Select(l => l.OnCommittedAsync(kind, users))).ConfigureAwait(false);
        await Task.WhenAll(_listeners.Where(l => !l.RunsFirst).Select(l => l.OnCommittedAsync(kind, users))).ConfigureAwait(false);
    }
}
