using TravelPlanner.Data.Models;

namespace TravelPlanner.Data.Services;

/// <summary>
/// Database maintenance across all users (the seed's "Database Maintenance" section): the voucher expiry
/// sweep, the cleanup queries, the index-usage report and ANALYZE. Cut-offs come from the injected
/// <see cref="TimeProvider"/> (UTC date). Meant for operators and scheduled jobs, not end users.
/// </summary>
public interface IMaintenanceService
{
    /// <summary>
    /// Marks OPEN and PARTIALLY_USED vouchers whose expiration date is before today EXPIRED, and returns how many
    /// (with <paramref name="dryRun"/>, how many would be, changing nothing).
    /// </summary>
    Task<int> MarkExpiredVouchersAsync(bool dryRun = false, CancellationToken cancellationToken = default);

    /// <summary>
    /// In one transaction: the expiry sweep, then deletes EXPIRED vouchers whose expiration date is more than two
    /// years ago (skipping any attached to flights: spent money stays on record) and accepted or declined
    /// invitations last changed more than 90 days ago. With <paramref name="dryRun"/> nothing changes and the
    /// report holds the counts the real run would produce.
    /// </summary>
    Task<CleanupReport> CleanupAsync(bool dryRun = false, CancellationToken cancellationToken = default);

    /// <summary>Every index of the database's user tables with its scan count, least used first.</summary>
    Task<IReadOnlyList<IndexUsage>> GetIndexUsageAsync(CancellationToken cancellationToken = default);

    /// <summary>Runs <c>ANALYZE</c> on the whole database so the planner's statistics are current.</summary>
    Task AnalyzeAsync(CancellationToken cancellationToken = default);
}
