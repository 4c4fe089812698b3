using TravelPlanner.Data.Models;

namespace TravelPlanner.Data.Repositories;

/// <summary>
/// The one row of sql/queries/vouchers/attach_voucher_to_flight.sql, mapped by Dapper by column name: the voucher as
/// locked (all null when it is not the user's), the two ownership checks, and what the statement wrote (all null
/// when it wrote nothing).
/// </summary>
internal sealed record AttachVoucherToFlightRow
{
    public Guid? Id { get; init; }

    public Guid UserId { get; init; }

    public string Type { get; init; } = "";

    public string Issuer { get; init; } = "";

    public string VoucherNumber { get; init; } = "";

    public string? AssociatedAccount { get; init; }

    public string Currency { get; init; } = "";

    public decimal TotalValue { get; init; }

    public decimal UsedAmount { get; init; }

    public string Status { get; init; } = "";

    public DateOnly? ExpirationDate { get; init; }

    public Guid? ParentVoucherId { get; init; }

    public string? Notes { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; init; }

    public bool FlightOwned { get; init; }

    public bool TravelerOwned { get; init; }

    public decimal? NewUsedAmount { get; init; }

    public string? NewStatus { get; init; }

    public DateTime? NewUpdatedAt { get; init; }

    public Guid? AttachmentId { get; init; }

    public Guid AttachmentFlightId { get; init; }

    public Guid AttachmentTravelerId { get; init; }

    public string? AttachmentTravelerType { get; init; }

    public decimal AttachmentAmountUsed { get; init; }

    public DateTime AttachmentCreatedAt { get; init; }

    /// <summary>The voucher before this attach, as its lock returned it (effective status); null when not the user's.</summary>
    public Voucher? Locked => Id is { } id
        ? new Voucher(id, UserId, Type, Issuer, VoucherNumber, AssociatedAccount, Currency, TotalValue, UsedAmount, Status,
            ExpirationDate, ParentVoucherId, Notes, CreatedAt, UpdatedAt)
        : null;

    /// <summary>
    /// The voucher and the attachment when the amount was used; null when nothing was written. The UPDATE changes only
    /// the used amount, the status and (its trigger) <c>updatedAt</c> of the row it locked.
    /// </summary>
    public VoucherAttachmentResult? Attached =>
        Locked is { } locked && AttachmentId is { } attachmentId && NewUsedAmount is { } usedAmount && NewStatus is { } status && NewUpdatedAt is { } updatedAt
            ? new VoucherAttachmentResult(
                new VoucherAttachment(attachmentId, locked.Id, AttachmentFlightId, AttachmentTravelerId, AttachmentTravelerType!, AttachmentAmountUsed, AttachmentCreatedAt),
                locked with { UsedAmount = usedAmount, Status = status, UpdatedAt = updatedAt })
            : null;
}
