namespace TravelPlanner.Data.Models;

/// <summary>
/// The fields of a voucher a user sets, for creating one or replacing them on an existing one.
/// <c>UsedAmount</c> and <c>Status</c> are not among them: they move only by attaching and reissuing.
/// </summary>
/// <param name="Type">One of <see cref="VoucherType"/> (case-insensitive).</param>
/// <param name="Issuer">Airline, hotel or company (1-255 characters).</param>
/// <param name="VoucherNumber">The number on the voucher (1-100 characters), unique across all users.</param>
/// <param name="TotalValue">Its value: not negative, at most two decimal places.</param>
/// <param name="Currency">ISO 4217 code; trimmed and upper-cased. Default USD.</param>
/// <param name="ExpirationDate">Last day it can be used; null when it does not expire.</param>
/// <param name="AssociatedAccount">Loyalty account (up to 255 characters), optional.</param>
/// <param name="Notes">Free-text notes, optional.</param>
public sealed record VoucherDetails(
    string Type,
    string Issuer,
    string VoucherNumber,
    decimal TotalValue,
    string Currency = "USD",
    DateOnly? ExpirationDate = null,
    string? AssociatedAccount = null,
    string? Notes = null);
