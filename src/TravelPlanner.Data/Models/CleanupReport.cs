namespace TravelPlanner.Data.Models;

/// <summary>What <see cref="Services.IMaintenanceService.CleanupAsync"/> did, or with a dry run would do.</summary>
/// <param name="DryRun">True when nothing was changed and the counts say what would go.</param>
/// <param name="Today">The UTC date the run was based on (from the library's clock).</param>
/// <param name="VoucherCutoff">EXPIRED vouchers whose expiration date is before this date are deleted (today minus two years).</param>
/// <param name="InvitationCutoff">Accepted or declined invitations last changed before this instant are deleted (UTC midnight of today minus 90 days).</param>
/// <param name="VouchersExpired">OPEN or PARTIALLY_USED vouchers past their expiration date marked EXPIRED by the sweep.</param>
/// <param name="VouchersDeleted">Old EXPIRED vouchers deleted.</param>
/// <param name="VouchersKept">Old EXPIRED vouchers kept because they were attached to flights (spent money stays on record).</param>
/// <param name="InvitationsDeleted">Old answered invitations deleted.</param>
public sealed record CleanupReport(
    bool DryRun,
    DateOnly Today,
    DateOnly VoucherCutoff,
    DateTime InvitationCutoff,
    int VouchersExpired,
    int VouchersDeleted,
    int VouchersKept,
    int InvitationsDeleted);
