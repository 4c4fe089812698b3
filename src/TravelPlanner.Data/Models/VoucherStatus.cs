namespace TravelPlanner.Data.Models;

/// <summary>The values of <see cref="Voucher.Status"/>.</summary>
public static class VoucherStatus
{
    /// <summary>Nothing used yet.</summary>
    public const string Open = "OPEN";

    /// <summary>Some of the value used, some left.</summary>
    public const string PartiallyUsed = "PARTIALLY_USED";

    /// <summary>All of the value used.</summary>
    public const string Used = "USED";

    /// <summary>Past its expiration date with value left; can no longer be used.</summary>
    public const string Expired = "EXPIRED";

    /// <summary>Its remaining balance moved to a reissued child voucher.</summary>
    public const string Transferred = "TRANSFERRED";

    /// <summary>Every status, in the order above.</summary>
    public static IReadOnlyList<string> All { get; } = [Open, PartiallyUsed, Used, Expired, Transferred];
}
