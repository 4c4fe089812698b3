namespace TravelPlanner.Data.Models;

/// <summary>What reissuing a voucher produced.</summary>
/// <param name="Parent">The original, now <see cref="VoucherStatus.Transferred"/>.</param>
/// <param name="Child">The new OPEN voucher carrying the parent's remaining balance.</param>
public sealed record VoucherReissue(Voucher Parent, Voucher Child);
