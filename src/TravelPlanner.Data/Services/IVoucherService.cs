using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Models;

namespace TravelPlanner.Data.Services;

/// <summary>
/// Travel vouchers and their use on flights (the seed's VoucherService). "Today" is the UTC date of the
/// injected <see cref="TimeProvider"/>; a voucher past its expiration date reads as EXPIRED everywhere.
/// Another user's voucher, flight or companion is reported as not found.
/// </summary>
public interface IVoucherService
{
    /// <summary>The user's vouchers matching <paramref name="filter"/>, soonest expiring first (no expiry last).</summary>
    /// <exception cref="ValidationException">A filter value is not a known status, type or currency code.</exception>
    Task<IReadOnlyList<Voucher>> GetUserVouchersAsync(Guid userId, VoucherFilter? filter = null, CancellationToken cancellationToken = default);

    /// <summary>One of the user's vouchers.</summary>
    /// <exception cref="NotFoundException">No such voucher owned by <paramref name="userId"/>.</exception>
    Task<Voucher> GetVoucherAsync(Guid voucherId, Guid userId, CancellationToken cancellationToken = default);

    /// <summary>Where one of the user's vouchers has been used, oldest first.</summary>
    /// <exception cref="NotFoundException">No such voucher owned by <paramref name="userId"/>.</exception>
    Task<IReadOnlyList<VoucherAttachment>> GetVoucherAttachmentsAsync(Guid voucherId, Guid userId, CancellationToken cancellationToken = default);

    /// <summary>Records a voucher: OPEN, nothing used.</summary>
    /// <exception cref="ValidationException">A field is missing, too long, negative, has more than two decimals, or is not a known type or an ISO 4217 code.</exception>
    /// <exception cref="ConflictException">The voucher number is already registered, by anyone (field <c>voucherNumber</c>; whose is not said).</exception>
    Task<Voucher> CreateVoucherAsync(VoucherDetails details, Guid userId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the user-set fields of one of the user's vouchers. The status follows a new total
    /// (OPEN, PARTIALLY_USED or USED); an EXPIRED voucher given a future expiration date becomes usable again.
    /// </summary>
    /// <exception cref="ValidationException">A field is invalid, or the total is below the amount already used (field <c>totalValue</c>).</exception>
    /// <exception cref="NotFoundException">No such voucher owned by <paramref name="userId"/>.</exception>
    /// <exception cref="ConflictException">
    /// The number is taken by another voucher; or the value or currency of a TRANSFERRED voucher, or the currency of a voucher already used, would change.
    /// </exception>
    Task<Voucher> UpdateVoucherAsync(Guid voucherId, VoucherDetails details, Guid userId, CancellationToken cancellationToken = default);

    /// <summary>Deletes one of the user's vouchers. A voucher that has been attached to flights is kept: spent money stays on record.</summary>
    /// <exception cref="NotFoundException">No such voucher owned by <paramref name="userId"/>.</exception>
    /// <exception cref="ConflictException">The voucher has attachments (field <c>voucherId</c>).</exception>
    Task DeleteVoucherAsync(Guid voucherId, Guid userId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Uses <paramref name="amount"/> of a voucher on a flight for a traveller, in one statement (one round trip, one
    /// transaction): records the attachment, adds to the used amount and moves the status OPEN → PARTIALLY_USED → USED.
    /// Concurrent attaches to one voucher are serialised on its row, so it is never overdrawn; a refused attach writes nothing.
    /// </summary>
    /// <param name="voucherId">One of the user's vouchers.</param>
    /// <param name="flightId">One of the user's flights.</param>
    /// <param name="travelerType"><c>USER</c> (then <paramref name="travelerId"/> is <paramref name="userId"/>) or <c>COMPANION</c> (one of the user's companion profiles).</param>
    /// <param name="travelerId">The travelling user or companion profile.</param>
    /// <param name="amount">Above zero, at most two decimal places, at most the remaining balance.</param>
    /// <param name="userId">The acting user, who must own all of the above.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ValidationException">A bad traveller type or amount, or more than the remaining balance (field <c>amount</c>).</exception>
    /// <exception cref="NotFoundException">The voucher, flight or traveller is not the user's (resource <c>voucher</c>, <c>flight</c>, <c>traveler</c>).</exception>
    /// <exception cref="ConflictException">The voucher is EXPIRED (or past its expiration date), USED or TRANSFERRED (field <c>status</c>).</exception>
    Task<VoucherAttachmentResult> AttachVoucherToFlightAsync(
        Guid voucherId,
        Guid flightId,
        string travelerType,
        Guid travelerId,
        decimal amount,
        Guid userId,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves the remaining balance of one of the user's vouchers to a new OPEN child voucher (same issuer, type,
    /// currency, account, expiry and notes; <see cref="Voucher.ParentVoucherId"/> set; number <c>&lt;number&gt;-R1</c>,
    /// a reissued child's child <c>-R2</c> and so on) and marks the parent TRANSFERRED, all in one transaction.
    /// </summary>
    /// <exception cref="NotFoundException">No such voucher owned by <paramref name="userId"/>.</exception>
    /// <exception cref="ConflictException">
    /// The voucher is USED, EXPIRED or TRANSFERRED, or nothing remains (field <c>status</c>); or the derived number is
    /// already registered (field <c>voucherNumber</c>). Nothing is changed.
    /// </exception>
    Task<VoucherReissue> ReissueVoucherAsync(Guid voucherId, Guid userId, CancellationToken cancellationToken = default);

    /// <summary>The user's OPEN and PARTIALLY_USED vouchers expiring from today to today + <paramref name="days"/>, inclusive, soonest first.</summary>
    /// <exception cref="ValidationException"><paramref name="days"/> is negative or above 3650.</exception>
    Task<IReadOnlyList<Voucher>> GetExpiringVouchersAsync(Guid userId, int days = 30, CancellationToken cancellationToken = default);

    /// <summary>Per currency: counts per status, total value, used amount and the balance still usable.</summary>
    Task<IReadOnlyList<VoucherStatistics>> GetVoucherStatisticsAsync(Guid userId, CancellationToken cancellationToken = default);
}
