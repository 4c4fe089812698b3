using Microsoft.EntityFrameworkCore;
using TravelPlanner.Data.Models;

namespace TravelPlanner.Benchmarks.Baselines.EfCore;

/// <summary>
/// Voucher attach the EF way: a transaction, the voucher locked with FromSql ... FOR UPDATE (tracked), the
/// ownership check in LINQ, then one SaveChanges for the update and the insert.
/// </summary>
internal sealed class EfVouchers(IDbContextFactory<TravelDbContext> contexts)
{
    public async Task<VoucherAttachmentResult> AttachAsync(Guid voucherId, Guid flightId, Guid userId, decimal amount, DateOnly today)
    {
        await using var db = await contexts.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var voucher = await db.Vouchers
            .FromSql($"""select * from vouchers where id = {voucherId} and "userId" = {userId} for update""")
            .SingleAsync();
        var flightOwned = await db.Flights.AnyAsync(f => f.Id == flightId && f.UserId == userId);
        var usable = voucher.Status is "OPEN" or "PARTIALLY_USED" && (voucher.ExpirationDate is null || voucher.ExpirationDate >= today);
        if (!flightOwned || !usable || amount > voucher.TotalValue - voucher.UsedAmount)
        {
            throw new InvalidOperationException("attach refused");
        }

        voucher.UsedAmount += amount;
        voucher.Status = voucher.UsedAmount == voucher.TotalValue ? "USED" : "PARTIALLY_USED";
        var attachment = new EfVoucherAttachment
        {
            UserId = userId,
            VoucherId = voucherId,
            FlightId = flightId,
            TravelerId = userId,
            TravelerType = "USER",
            AmountUsed = amount,
        };
        db.VoucherAttachments.Add(attachment);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return new VoucherAttachmentResult(EfMap.Attachment(attachment), EfMap.Voucher(voucher));
    }
}
