namespace TravelPlanner.Benchmarks.Baselines.EfCore;

/// <summary><c>voucher_attachments</c>.</summary>
public sealed class EfVoucherAttachment
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public Guid VoucherId { get; set; }
    public Guid FlightId { get; set; }
    public Guid TravelerId { get; set; }
    public string TravelerType { get; set; } = "";
    public decimal AmountUsed { get; set; }
    public DateTime CreatedAt { get; set; }
}
