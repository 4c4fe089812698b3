using TravelPlanner.Data.Models;
using TravelPlanner.Data.Services;

namespace TravelPlanner.Data.Caching;

/// <summary>
/// <see cref="IVoucherService"/> with the seed's caching: a user's voucher lists (one entry per filter)
/// for 5 min, dropped by every voucher write of theirs (the repository's writes announce it; see
/// <see cref="Changes.ChangeAnnouncer"/>). Single vouchers, attachments, expiring vouchers and statistics are
/// not cached (as in the seed). Writes pass straight through.
/// </summary>
internal sealed class CachedVoucherService(IVoucherService inner, CacheStore cache, TimeProvider clock) : IVoucherService
{
    public Task<IReadOnlyList<Voucher>> GetUserVouchersAsync(Guid userId, VoucherFilter? filter = null, CancellationToken cancellationToken = default) =>
        cache.GetOrLoadAsync(
            CacheScheme.Vouchers,
            userId.ToString(),
            // Today is part of the field: the effective status (EXPIRED past the expiration date) changes at midnight UTC.
            CacheScheme.Field(filter?.Status, filter?.Type, filter?.Currency, filter?.ExpiringBefore, CacheScheme.Today(clock)),
            CacheJsonContext.Default.IReadOnlyListVoucher,
            (Inner: inner, UserId: userId, Filter: filter),
            static (s, ct) => s.Inner.GetUserVouchersAsync(s.UserId, s.Filter, ct),
            cancellationToken);

    public Task<Voucher> GetVoucherAsync(Guid voucherId, Guid userId, CancellationToken cancellationToken = default) =>
        inner.GetVoucherAsync(voucherId, userId, cancellationToken);

    public Task<IReadOnlyList<VoucherAttachment>> GetVoucherAttachmentsAsync(Guid voucherId, Guid userId, CancellationToken cancellationToken = default) =>
        inner.GetVoucherAttachmentsAsync(voucherId, userId, cancellationToken);

    public Task<Voucher> CreateVoucherAsync(VoucherDetails details, Guid userId, CancellationToken cancellationToken = default) =>
        inner.CreateVoucherAsync(details, userId, cancellationToken);

    public Task<Voucher> UpdateVoucherAsync(Guid voucherId, VoucherDetails details, Guid userId, CancellationToken cancellationToken = default) =>
        inner.UpdateVoucherAsync(voucherId, details, userId, cancellationToken);

    public Task DeleteVoucherAsync(Guid voucherId, Guid userId, CancellationToken cancellationToken = default) =>
        inner.DeleteVoucherAsync(voucherId, userId, cancellationToken);

    public Task<VoucherAttachmentResult> AttachVoucherToFlightAsync(
        Guid voucherId,
        Guid flightId,
        string travelerType,
        Guid travelerId,
        decimal amount,
        Guid userId,
        CancellationToken cancellationToken = default) =>
        inner.AttachVoucherToFlightAsync(voucherId, flightId, travelerType, travelerId, amount, userId, cancellationToken);

    public Task<VoucherReissue> ReissueVoucherAsync(Guid voucherId, Guid userId, CancellationToken cancellationToken = default) =>
        inner.ReissueVoucherAsync(voucherId, userId, cancellationToken);

    public Task<IReadOnlyList<Voucher>> GetExpiringVouchersAsync(Guid userId, int days = 30, CancellationToken cancellationToken = default) =>
        inner.GetExpiringVouchersAsync(userId, days, cancellationToken);

    public Task<IReadOnlyList<VoucherStatistics>> GetVoucherStatisticsAsync(Guid userId, CancellationToken cancellationToken = default) =>
        inner.GetVoucherStatisticsAsync(userId, cancellationToken);
}
