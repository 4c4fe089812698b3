namespace TravelPlanner.Benchmarks.Baselines.EfCore;

/// <summary><c>vouchers</c>.</summary>
public sealed class EfVoucher
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public string Type { get; set; } = "";
    public string Issuer { get; set; } = "";
    public string VoucherNumber { get; set; } = "";
    public string? AssociatedAccount { get; set; }
    public string Currency { get; set; } = "";
    public decimal TotalValue { get; set; }
    public decimal UsedAmount { get; set; }
    public string Status { get; set; } = "";
    public DateOnly? ExpirationDate { get; set; }
    public Guid? ParentVoucherId { get; set; }
    public string? Notes { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
