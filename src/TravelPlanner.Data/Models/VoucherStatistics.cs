namespace TravelPlanner.Data.Models;

/// <summary>A user's vouchers in one currency, on today's statuses.</summary>
/// <param name="Currency">ISO 4217 code.</param>
/// <param name="VoucherCount">How many vouchers.</param>
/// <param name="OpenCount">How many are OPEN.</param>
/// <param name="PartiallyUsedCount">How many are PARTIALLY_USED.</param>
/// <param name="UsedCount">How many are USED.</param>
/// <param name="ExpiredCount">How many are EXPIRED (including past-expiry ones not yet swept).</param>
/// <param name="TransferredCount">How many are TRANSFERRED.</param>
/// <param name="TotalValue">Sum of the vouchers' values (a reissued child counts beside its parent).</param>
/// <param name="UsedAmount">Sum of what has been used.</param>
/// <param name="RemainingBalance">What can still be used: the remaining balance of OPEN and PARTIALLY_USED vouchers only.</param>
public sealed record VoucherStatistics(
    string Currency,
    int VoucherCount,
    int OpenCount,
    int PartiallyUsedCount,
    int UsedCount,
    int ExpiredCount,
    int TransferredCount,
    decimal TotalValue,
    decimal UsedAmount,
    decimal RemainingBalance);
