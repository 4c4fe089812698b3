namespace TravelPlanner.Data.Models;

/// <summary>A travel voucher or credit owned by one user.</summary>
/// <param name="Id">The voucher's id.</param>
/// <param name="UserId">The owner.</param>
/// <param name="Type">One of <see cref="VoucherType"/>.</param>
/// <param name="Issuer">Airline, hotel or company that issued it.</param>
/// <param name="VoucherNumber">The voucher or certificate number, unique across all users.</param>
/// <param name="AssociatedAccount">Frequent-flyer or loyalty account it belongs to, if any.</param>
/// <param name="Currency">ISO 4217 code, e.g. <c>USD</c>.</param>
/// <param name="TotalValue">The voucher's value.</param>
/// <param name="UsedAmount">How much of it has been attached to flights.</param>
/// <param name="Status">
/// One of <see cref="VoucherStatus"/>, as it stands today: an OPEN or PARTIALLY_USED voucher past its
/// expiration date reads as EXPIRED even before the maintenance sweep has marked it.
/// </param>
/// <param name="ExpirationDate">Last day it can be used; null when it does not expire.</param>
/// <param name="ParentVoucherId">The voucher this one was reissued from, if any.</param>
/// <param name="Notes">Free-text notes.</param>
/// <param name="CreatedAt">When it was recorded (UTC).</param>
/// <param name="UpdatedAt">When it last changed (UTC).</param>
public sealed record Voucher(
    Guid Id,
    Guid UserId,
    string Type,
    string Issuer,
    string VoucherNumber,
    string? AssociatedAccount,
    string Currency,
    decimal TotalValue,
    decimal UsedAmount,
    string Status,
    DateOnly? ExpirationDate,
    Guid? ParentVoucherId,
    string? Notes,
    DateTime CreatedAt,
    DateTime UpdatedAt)
{
    /// <summary>What is left to use: <see cref="TotalValue"/> minus <see cref="UsedAmount"/> (the seed's virtual attribute).</summary>
    public decimal RemainingBalance => TotalValue - UsedAmount;
}
