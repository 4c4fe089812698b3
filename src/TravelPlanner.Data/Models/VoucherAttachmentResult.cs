namespace TravelPlanner.Data.Models;

/// <summary>What attaching a voucher to a flight produced.</summary>
/// <param name="Attachment">The new attachment.</param>
/// <param name="Voucher">The voucher afterwards (used amount and status updated).</param>
public sealed record VoucherAttachmentResult(VoucherAttachment Attachment, Voucher Voucher);
