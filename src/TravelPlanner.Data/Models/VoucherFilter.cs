namespace TravelPlanner.Data.Models;

/// <summary>Optional filters of <see cref="Services.IVoucherService.GetUserVouchersAsync"/>; null means any.</summary>
/// <param name="Status">Only vouchers whose status today is this <see cref="VoucherStatus"/> value.</param>
/// <param name="Type">Only this <see cref="VoucherType"/>.</param>
/// <param name="Currency">Only this ISO 4217 currency.</param>
/// <param name="ExpiringBefore">Only vouchers whose expiration date is before this date (vouchers without one are left out).</param>
public sealed record VoucherFilter(string? Status = null, string? Type = null, string? Currency = null, DateOnly? ExpiringBefore = null);
