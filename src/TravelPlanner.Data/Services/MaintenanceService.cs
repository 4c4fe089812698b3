using TravelPlanner.Data.Models;
using TravelPlanner.Data.Repositories;

namespace TravelPlanner.Data.Services;

/// <summary>Maintenance over <see cref="MaintenanceRepository"/>.</summary>
internal sealed class MaintenanceService(MaintenanceRepository maintenance, QueryExecutor executor, TimeProvider clock) : IMaintenanceService
{
    private const int VoucherRetentionYears = 2;
    private const int InvitationRetentionDays = 90;

    public async Task<int> MarkExpiredVouchersAsync(bool dryRun = false, CancellationToken cancellationToken = default)
    {
        var cutoffs = Cutoffs();
        return dryRun
            ? (await maintenance.CountCleanupCandidatesAsync(cutoffs, cancellationToken).ConfigureAwait(false)).VouchersToExpire
            : await maintenance.MarkExpiredVouchersAsync(cutoffs.Today, cancellationToken).ConfigureAwait(false);
    }

    public async Task<CleanupReport> CleanupAsync(bool dryRun = false, CancellationToken cancellationToken = default)
    {
        var cutoffs = Cutoffs();
        if (dryRun)
        {
            var would = await maintenance.CountCleanupCandidatesAsync(cutoffs, cancellationToken).ConfigureAwait(false);
            return Report(cutoffs, dryRun: true, would.VouchersToExpire, would.VouchersToDelete, would.VouchersKept, would.InvitationsToDelete);
        }

        // The deletes announce their owners and invitees when the unit commits; marking expired changes no read
        // (reads show the effective status already).
        return await executor.InTransactionAsync(
            async tx =>
            {
                // Kept vouchers are counted before the deletes; the deletes do not touch them, so the count stands.
                var before = await maintenance.CountCleanupCandidatesAsync(cutoffs, cancellationToken, tx).ConfigureAwait(false);
                var expired = await maintenance.MarkExpiredVouchersAsync(cutoffs.Today, cancellationToken, tx).ConfigureAwait(false);
                var owners = await maintenance.DeleteExpiredVouchersAsync(cutoffs.VoucherCutoff, cancellationToken, tx).ConfigureAwait(false);
                var invited = await maintenance.DeleteAnsweredInvitationsAsync(cutoffs.InvitationCutoff, cancellationToken, tx).ConfigureAwait(false);
                return Report(cutoffs, dryRun: false, expired, owners.Count, before.VouchersKept, invited.Count);
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<IndexUsage>> GetIndexUsageAsync(CancellationToken cancellationToken = default) =>
        await maintenance.IndexUsageAsync(cancellationToken).ConfigureAwait(false);

    public async Task AnalyzeAsync(CancellationToken cancellationToken = default) => await maintenance.AnalyzeAsync(cancellationToken).ConfigureAwait(false);

    private static CleanupReport Report(CleanupCutoffs cutoffs, bool dryRun, int expired, int vouchers, int kept, int invitations) =>
        new(dryRun, cutoffs.Today, cutoffs.VoucherCutoff, cutoffs.InvitationCutoff, expired, vouchers, kept, invitations);

    private CleanupCutoffs Cutoffs()
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return new CleanupCutoffs(
            today,
            today.AddYears(-VoucherRetentionYears),
            today.AddDays(-InvitationRetentionDays).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
    }
}
