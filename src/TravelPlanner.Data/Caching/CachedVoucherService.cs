using TravelPlanner.Data.Models;
using TravelPlanner.Data.Services;

namespace TravelPlanner.Data.Caching;

/// <summary>
/// <see cref="IVoucherService"/> with the seed's caching: a user's voucher lists (one entry per filter)
/// for 5 min, dropped by every voucher write of theirs. Single vouchers, attachments, expiring vouchers
/// and statistics are not cached (as in the seed).
/// </summary>
internal sealed class CachedVoucherService(IVoucherService inner, CacheStore cache, ICacheInvalidator invalidator, TimeProvider clock) : IVoucherService
{
    public Task<IReadOnlyList<Voucher>> GetUserVouchersAsync(Guid userId, VoucherFilter? filter = null, CancellationToken cancellationToken = default) =>
        cache.GetOrLoadAsync(
            CacheRegions.Vouchers,
            userId.ToString(),
            // Today is part of the field: the effective status (EXPIRED past the expiration date) changes at midnight UTC.
            CacheFields.Of(filter?.Status, filter?.Type, filter?.Currency, filter?.ExpiringBefore, CacheFields.Today(clock)),
            CacheJsonContext.Default.IReadOnlyListVoucher,
            ct => inner.GetUserVouchersAsync(userId, filter, ct),
            cancellationToken);

    public Task<Voucher> GetVoucherAsync(Guid voucherId, Guid userId, CancellationToken cancellationToken = default) =>
        inner.GetVoucherAsync(voucherId, userId, cancellationToken);

    public Task<IReadOnlyList<VoucherAttachment>> GetVoucherAttachmentsAsync(Guid voucherId, Guid userId, CancellationToken cancellationToken = default) =>
        inner.GetVoucherAttachmentsAsync(voucherId, userId, cancellationToken);

    public async Task<Voucher> CreateVoucherAsync(VoucherDetails details, Guid userId, CancellationToken cancellationToken = default) =>
        await Invalidating(userId, await inner.CreateVoucherAsync(details, userId, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);

    public async Task<Voucher> UpdateVoucherAsync(Guid voucherId, VoucherDetails details, Guid userId, CancellationToken cancellationToken = default) =>
        await Invalidating(userId, await inner.UpdateVoucherAsync(voucherId, details, userId, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);

    public async Task DeleteVoucherAsync(Guid voucherId, Guid userId, CancellationToken cancellationToken = default)
    {
        await inner.DeleteVoucherAsync(voucherId, userId, cancellationToken).ConfigureAwait(false);
        await invalidator.VouchersChangedAsync([userId]).ConfigureAwait(false);
    }

    public async Task<VoucherAttachmentResult> AttachVoucherToFlightAsync(
        Guid voucherId,
        Guid flightId,
        string travelerType,
        Guid travelerId,
        decimal amount,
        Guid userId,
        CancellationToken cancellationToken = default) =>
        await Invalidating(
            userId,
            await inner.AttachVoucherToFlightAsync(voucherId, flightId, travelerType, travelerId, amount, userId, cancellationToken).ConfigureAwait(false))
            .ConfigureAwait(false);

    public async Task<VoucherReissue> ReissueVoucherAsync(Guid voucherId, Guid userId, CancellationToken cancellationToken = default) =>
        await Invalidating(userId, await inner.ReissueVoucherAsync(voucherId, userId, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);

    public Task<IReadOnlyList<Voucher>> GetExpiringVouchersAsync(Guid userId, int days = 30, CancellationToken cancellationToken = default) =>
        inner.GetExpiringVouchersAsync(userId, days, cancellationToken);

    public Task<IReadOnlyList<VoucherStatistics>> GetVoucherStatisticsAsync(Guid userId, CancellationToken cancellationToken = default) =>
        inner.GetVoucherStatisticsAsync(userId, cancellationToken);

    private async Task<T> Invalidating<T>(Guid userId, T result)
    {
        await invalidator.VouchersChangedAsync([userId]).ConfigureAwait(false);
        return result;
    }
}
