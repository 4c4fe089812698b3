using TravelPlanner.Data.Changes;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Sql;

namespace TravelPlanner.Data.Repositories;

/// <summary>SQL for database maintenance across all users (sql/queries/maintenance).</summary>
internal sealed class MaintenanceRepository(QueryExecutor executor)
{
    private static readonly ReadQuery CountCleanupCandidates = QueryCatalog.Read("maintenance/count_cleanup_candidates");
    private static readonly WriteQuery MarkExpiredVouchers = QueryCatalog.Write("maintenance/mark_expired_vouchers");
    private static readonly WriteQuery DeleteExpiredVouchers = QueryCatalog.Write("maintenance/delete_expired_vouchers");
    private static readonly WriteQuery DeleteAnsweredInvitations = QueryCatalog.Write("maintenance/delete_answered_invitations");
    private static readonly ReadQuery IndexUsageQuery = QueryCatalog.Read("maintenance/index_usage");
    private static readonly WriteQuery Analyze = QueryCatalog.Write("maintenance/analyze");

    public ValueTask<CleanupCandidates> CountCleanupCandidatesAsync(CleanupCutoffs cutoffs, CancellationToken cancellationToken, UnitOfWork? transaction = null) =>
        executor.QuerySingleAsync<CleanupCandidates>(CountCleanupCandidates, cutoffs, cancellationToken, transaction);

    public ValueTask<int> MarkExpiredVouchersAsync(DateOnly today, CancellationToken cancellationToken, UnitOfWork? transaction = null) =>
        executor.ExecuteAsync(MarkExpiredVouchers, new { Today = today }, DataChange.None, cancellationToken, transaction);

    /// <summary>Deletes the vouchers and returns their owners, one entry per deleted voucher.</summary>
    public ValueTask<List<Guid>> DeleteExpiredVouchersAsync(DateOnly voucherCutoff, CancellationToken cancellationToken, UnitOfWork transaction) =>
        executor.WriteListAsync<Guid>(DeleteExpiredVouchers, new { VoucherCutoff = voucherCutoff }, owners => DataChange.Vouchers([.. owners.Distinct()]), cancellationToken, transaction);

    /// <summary>Deletes the invitations and returns their invitees, one entry per deleted invitation.</summary>
    public ValueTask<List<Guid>> DeleteAnsweredInvitationsAsync(DateTime invitationCutoff, CancellationToken cancellationToken, UnitOfWork transaction) =>
        executor.WriteListAsync<Guid>(DeleteAnsweredInvitations, new { InvitationCutoff = invitationCutoff }, invitees => DataChange.TripsOf([.. invitees.Distinct()]), cancellationToken, transaction);

    public ValueTask<List<IndexUsage>> IndexUsageAsync(CancellationToken cancellationToken) =>
        executor.QueryAsync<IndexUsage>(IndexUsageQuery, null, cancellationToken);

    public ValueTask<int> AnalyzeAsync(CancellationToken cancellationToken) =>
        executor.ExecuteAsync(Analyze, null, DataChange.None, cancellationToken);
}

/// <summary>The cut-offs of one cleanup run, computed from the library's clock and passed as parameters.</summary>
internal sealed record CleanupCutoffs(DateOnly Today, DateOnly VoucherCutoff, DateTime InvitationCutoff);

/// <summary>The counts of <c>maintenance/count_cleanup_candidates</c>.</summary>
internal sealed record CleanupCandidates(int VouchersToExpire, int VouchersToDelete, int VouchersKept, int InvitationsToDelete);
