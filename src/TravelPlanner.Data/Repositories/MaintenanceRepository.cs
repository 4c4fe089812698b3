using TravelPlanner.Data.Models;
using TravelPlanner.Data.Sql;

namespace TravelPlanner.Data.Repositories;

/// <summary>SQL for database maintenance across all users (sql/queries/maintenance).</summary>
internal sealed class MaintenanceRepository(QueryExecutor executor)
{
    private static readonly SqlQuery CountCleanupCandidates = QueryCatalog.Get("maintenance/count_cleanup_candidates");
    private static readonly SqlQuery MarkExpiredVouchers = QueryCatalog.Get("maintenance/mark_expired_vouchers");
    private static readonly SqlQuery DeleteExpiredVouchers = QueryCatalog.Get("maintenance/delete_expired_vouchers");
    private static readonly SqlQuery DeleteAnsweredInvitations = QueryCatalog.Get("maintenance/delete_answered_invitations");
    private static readonly SqlQuery IndexUsageQuery = QueryCatalog.Get("maintenance/index_usage");
    private static readonly SqlQuery Analyze = QueryCatalog.Get("maintenance/analyze");

    public Task<CleanupCandidates> CountCleanupCandidatesAsync(CleanupCutoffs cutoffs, CancellationToken cancellationToken, DbTransaction? transaction = null) =>
        executor.QuerySingleAsync<CleanupCandidates>(CountCleanupCandidates, cutoffs, cancellationToken, transaction);

    public Task<int> MarkExpiredVouchersAsync(DateOnly today, CancellationToken cancellationToken, DbTransaction? transaction = null) =>
        executor.ExecuteAsync(MarkExpiredVouchers, new { Today = today }, cancellationToken, transaction);

    /// <summary>Deletes the vouchers and returns their owners, one entry per deleted voucher.</summary>
    public Task<List<Guid>> DeleteExpiredVouchersAsync(DateOnly voucherCutoff, CancellationToken cancellationToken, DbTransaction transaction) =>
        executor.QueryAsync<Guid>(DeleteExpiredVouchers, new { VoucherCutoff = voucherCutoff }, cancellationToken, transaction);

    /// <summary>Deletes the invitations and returns their invitees, one entry per deleted invitation.</summary>
    public Task<List<Guid>> DeleteAnsweredInvitationsAsync(DateTime invitationCutoff, CancellationToken cancellationToken, DbTransaction transaction) =>
        executor.QueryAsync<Guid>(DeleteAnsweredInvitations, new { InvitationCutoff = invitationCutoff }, cancellationToken, transaction);

    public Task<List<IndexUsage>> IndexUsageAsync(CancellationToken cancellationToken) =>
        executor.QueryAsync<IndexUsage>(IndexUsageQuery, null, cancellationToken);

    public Task<int> AnalyzeAsync(CancellationToken cancellationToken) =>
        executor.ExecuteAsync(Analyze, null, cancellationToken);
}

/// <summary>The cut-offs of one cleanup run, computed from the library's clock and passed as parameters.</summary>
internal sealed record CleanupCutoffs(DateOnly Today, DateOnly VoucherCutoff, DateTime InvitationCutoff);

/// <summary>The counts of <c>maintenance/count_cleanup_candidates</c>.</summary>
internal sealed record CleanupCandidates(int VouchersToExpire, int VouchersToDelete, int VouchersKept, int InvitationsToDelete);
