using System.Transactions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Repositories;
using TravelPlanner.Data.Sql;

namespace TravelPlanner.Data.Changes;

/// <summary>
/// The one place committed writes are announced. <see cref="QueryExecutor"/> calls it after a write
/// statement or a unit of work committed, before returning to the caller, so a reader never sees data older
/// than a write that returned. It completes each <see cref="DataChange"/> (the owner's audience is read here,
/// after the commit, and only when someone listens) and hands it to every <see cref="IChangeListener"/>.
/// Without listeners (no cache configured) it does nothing and costs nothing.
/// <para>
/// Under an ambient <see cref="System.Transactions.TransactionScope"/> the connection is enlisted (Npgsql's
/// default <c>Enlist=true</c>), so a write commits only when the scope does: its announcement waits for that
/// commit and is dropped when the transaction rolls back (<see cref="AnnounceAfterAmbientCommit"/>).
/// </para>
/// </summary>
internal sealed class ChangeAnnouncer
{
    /// <summary>Everyone besides an owner who may hold a copy of the owner's trips (from the primary: it must see the write just made).</summary>
    private static readonly ReadQuery ListTripAudience = QueryCatalog.ReadOnPrimary("trips/list_trip_audience");

    private readonly IChangeListener[] _listeners;
    private readonly ILogger _logger;

    public ChangeAnnouncer(IEnumerable<IChangeListener> listeners, ILogger<ChangeAnnouncer>? logger = null)
    {
        // Stable order: a listener that must finish first (the read-your-writes positions, before the cache drops a
        // key a lagging standby could refill) comes first and is awaited before the others start.
        _listeners = [.. listeners.OrderByDescending(l => l.RunsFirst)];
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>No listeners: writes announce nothing.</summary>
    public static ChangeAnnouncer None { get; } = new([]);

    /// <summary>True when nobody listens, so callers may skip collecting changes.</summary>
    public bool IsSilent => _listeners.Length == 0;

    /// <summary>Announces <paramref name="change"/>; the audience, if any, is read through <paramref name="reader"/>.</summary>
    public Task AnnounceAsync(DataChange change, QueryExecutor reader) =>
        IsSilent || change.IsNone ? Task.CompletedTask : AnnounceAsync([change], reader);

    /// <summary>Announces every change a unit of work collected, concurrently (after the ambient transaction, if any, commits).</summary>
    public Task AnnounceAsync(IReadOnlyList<DataChange> changes, QueryExecutor reader)
    {
        if (IsSilent || changes.Count == 0)
        {
            return Task.CompletedTask;
        }

        if (reader.EnlistsInAmbientTransactions && Transaction.Current is { } ambient)
        {
            AnnounceAfterAmbientCommit(ambient, changes, reader);
            return Task.CompletedTask;
        }

        return changes.Count == 1 ? AnnounceCoreAsync(changes[0], reader) : Task.WhenAll(changes.Select(c => AnnounceCoreAsync(c, reader)));
    }

    /// <summary>
    /// Defers the announcement to the end of <paramref name="ambient"/>: after a commit it runs before the scope's
    /// <c>Dispose</c> returns (the completion event is raised synchronously on the committing thread, and waiting on
    /// it there is what makes "no stale read after the scope returns" hold); after a rollback nothing changed, so
    /// nothing is announced. The audience read runs outside the finished transaction.
    /// </summary>
    private void AnnounceAfterAmbientCommit(Transaction ambient, IReadOnlyList<DataChange> changes, QueryExecutor reader)
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
            Task.WhenAll(pending.Select(c => AnnounceCoreAsync(c, reader))).GetAwaiter().GetResult();
        };
    }

    private async Task AnnounceCoreAsync(DataChange change, QueryExecutor reader)
    {
        // The users known already are told at once, while the audience is read.
        var direct = NotifyAsync(change.Kind, change.Users);
        if (change.AudienceOf is not { } owner)
        {
            await direct.ConfigureAwait(false);
            return;
        }

        IReadOnlyCollection<Guid> audience;
        try
        {
            // Never cancelled by the caller: the write has committed, its announcement must follow. Anyone who
            // gains access after this read is announced by their own accept.
            audience = await reader.QueryAsync<Guid>(ListTripAudience, new { OwnerId = owner }, CancellationToken.None).ConfigureAwait(false);
        }
        catch (TravelPlannerException e)
        {
            ChangeLog.AudienceUnavailable(_logger, e, owner);
            audience = [];
        }

        var others = audience.Where(u => !change.Users.Contains(u)).ToList();
        await Task.WhenAll(direct, others.Count == 0 ? Task.CompletedTask : NotifyAsync(change.Kind, others)).ConfigureAwait(false);
    }

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
