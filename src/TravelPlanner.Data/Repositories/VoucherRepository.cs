using TravelPlanner.Data.Changes;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Sql;

namespace TravelPlanner.Data.Repositories;

/// <summary>
/// SQL for <c>vouchers</c> and <c>voucher_attachments</c> (sql/queries/vouchers). Every read takes
/// <c>today</c> to compute the effective status (past expiry reads as EXPIRED).
/// </summary>
internal sealed class VoucherRepository(QueryExecutor executor)
{
    private static readonly ReadQuery ListUserVouchers = QueryCatalog.Read("vouchers/list_user_vouchers");
    private static readonly ReadQuery GetVoucher = QueryCatalog.Read("vouchers/get_voucher");
    private static readonly WriteQuery LockVoucher = QueryCatalog.Write("vouchers/lock_voucher");
    private static readonly ReadQuery VoucherNumberTaken = QueryCatalog.Read("vouchers/voucher_number_taken");
    private static readonly WriteQuery InsertVoucher = QueryCatalog.Write("vouchers/insert_voucher");
    private static readonly WriteQuery UpdateVoucher = QueryCatalog.Write("vouchers/update_voucher");
    private static readonly ReadQuery VoucherHasAttachments = QueryCatalog.Read("vouchers/voucher_has_attachments");
    private static readonly WriteQuery DeleteVoucher = QueryCatalog.Write("vouchers/delete_voucher");
    private static readonly WriteQuery AttachVoucherToFlight = QueryCatalog.Write("vouchers/attach_voucher_to_flight");
    private static readonly ReadQuery ListVoucherAttachments = QueryCatalog.Read("vouchers/list_voucher_attachments");
    private static readonly WriteQuery MarkVoucherTransferred = QueryCatalog.Write("vouchers/mark_voucher_transferred");
    private static readonly ReadQuery NextReissueNumber = QueryCatalog.Read("vouchers/next_reissue_number");
    private static readonly WriteQuery InsertReissuedVoucher = QueryCatalog.Write("vouchers/insert_reissued_voucher");
    private static readonly ReadQuery ListExpiringVouchers = QueryCatalog.Read("vouchers/list_expiring_vouchers");
    private static readonly ReadQuery VoucherStatisticsQuery = QueryCatalog.Read("vouchers/voucher_statistics");

    public ValueTask<List<Voucher>> ListUserVouchersAsync(Guid userId, VoucherFilter filter, DateOnly today, CancellationToken cancellationToken) =>
        executor.QueryAsync<Voucher>(
            ListUserVouchers,
            new { UserId = userId, Today = today, filter.Status, filter.Type, filter.Currency, filter.ExpiringBefore },
            cancellationToken);

    public ValueTask<Voucher?> GetVoucherAsync(Guid id, Guid userId, DateOnly today, CancellationToken cancellationToken) =>
        executor.QuerySingleOrDefaultAsync<Voucher>(GetVoucher, new { Id = id, UserId = userId, Today = today }, cancellationToken);

    public ValueTask<Voucher?> LockVoucherAsync(Guid id, Guid userId, DateOnly today, CancellationToken cancellationToken, UnitOfWork transaction) =>
        executor.WriteSingleOrDefaultAsync<Voucher>(LockVoucher, new { Id = id, UserId = userId, Today = today }, DataChange.None, cancellationToken, transaction);

    public ValueTask<bool> VoucherNumberTakenAsync(string voucherNumber, Guid userId, Guid? exceptId, CancellationToken cancellationToken) =>
        executor.QuerySingleAsync<bool>(VoucherNumberTaken, new { VoucherNumber = voucherNumber, UserId = userId, ExceptId = exceptId }, cancellationToken);

    public ValueTask<Voucher> InsertVoucherAsync(Guid userId, VoucherDetails details, DateOnly today, CancellationToken cancellationToken) =>
        executor.WriteSingleAsync<Voucher>(InsertVoucher, Parameters(Guid.Empty, userId, details, today), DataChange.Vouchers(userId), cancellationToken);

    public ValueTask<Voucher?> UpdateVoucherAsync(Guid id, Guid userId, VoucherDetails details, DateOnly today, CancellationToken cancellationToken, UnitOfWork transaction) =>
        executor.WriteSingleOrDefaultAsync<Voucher>(UpdateVoucher, Parameters(id, userId, details, today), DataChange.Vouchers(userId), cancellationToken, transaction);

    public ValueTask<bool> VoucherHasAttachmentsAsync(Guid id, Guid userId, CancellationToken cancellationToken) =>
        executor.QuerySingleAsync<bool>(VoucherHasAttachments, new { Id = id, UserId = userId }, cancellationToken);

    public ValueTask<int> DeleteVoucherAsync(Guid id, Guid userId, CancellationToken cancellationToken) =>
        executor.ExecuteAsync(DeleteVoucher, new { Id = id, UserId = userId }, DataChange.Vouchers(userId), cancellationToken);

    /// <summary>
    /// Locks the voucher, checks the flight and traveller, and uses the amount and records the attachment when all allow it,
    /// in one statement; announces the owner's vouchers only when it wrote.
    /// </summary>
    public ValueTask<AttachVoucherToFlightRow> AttachVoucherToFlightAsync(
        Guid voucherId, Guid userId, Guid flightId, string travelerType, Guid travelerId, decimal amount, DateOnly today, CancellationToken cancellationToken) =>
        executor.WriteSingleAsync<AttachVoucherToFlightRow>(
            AttachVoucherToFlight,
            new { VoucherId = voucherId, UserId = userId, FlightId = flightId, TravelerType = travelerType, TravelerId = travelerId, Amount = amount, Today = today },
            row => row.AttachmentId is null ? DataChange.None : DataChange.Vouchers(userId),
            cancellationToken);

    public ValueTask<List<VoucherAttachment>> ListVoucherAttachmentsAsync(Guid id, Guid userId, CancellationToken cancellationToken) =>
        executor.QueryAsync<VoucherAttachment>(ListVoucherAttachments, new { Id = id, UserId = userId }, cancellationToken);

    public ValueTask<int> MarkVoucherTransferredAsync(Guid id, Guid ownerId, CancellationToken cancellationToken, UnitOfWork transaction) =>
        executor.ExecuteAsync(MarkVoucherTransferred, new { Id = id, UserId = ownerId }, DataChange.Vouchers(ownerId), cancellationToken, transaction);

    /// <summary>
    /// The child of <paramref name="parent"/> (its row as locked in <paramref name="transaction"/>), numbered with the first free
    /// <c>{numberBase}-R{n}</c>, n ≥ <paramref name="generation"/>.
    /// </summary>
    public async Task<Voucher> InsertReissuedVoucherAsync(
        Voucher parent, string numberBase, int generation, DateOnly today, CancellationToken cancellationToken, UnitOfWork transaction)
    {
        var ownerId = parent.UserId;
        var number = await executor.QuerySingleOrDefaultAsync<string>(
            NextReissueNumber, new { UserId = ownerId, Base = numberBase, Generation = generation }, cancellationToken, transaction).ConfigureAwait(false);
        return await executor.WriteSingleAsync<Voucher>(
            InsertReissuedVoucher,
            new
            {
                ParentId = parent.Id,
                UserId = ownerId,
                VoucherNumber = number,
                Today = today,
                parent.Type,
                parent.Issuer,
                parent.AssociatedAccount,
                parent.Currency,
                TotalValue = parent.RemainingBalance,
                parent.ExpirationDate,
                parent.Notes,
            },
            child => DataChange.Vouchers(child.UserId),
            cancellationToken,
            transaction).ConfigureAwait(false);
    }

    public ValueTask<List<Voucher>> ListExpiringVouchersAsync(Guid userId, DateOnly today, DateOnly until, CancellationToken cancellationToken) =>
        executor.QueryAsync<Voucher>(ListExpiringVouchers, new { UserId = userId, Today = today, Until = until }, cancellationToken);

    public ValueTask<List<VoucherStatistics>> VoucherStatisticsAsync(Guid userId, DateOnly today, CancellationToken cancellationToken) =>
        executor.QueryAsync<VoucherStatistics>(VoucherStatisticsQuery, new { UserId = userId, Today = today }, cancellationToken);

    private static object Parameters(Guid id, Guid userId, VoucherDetails details, DateOnly today) => new
    {
        Id = id,
        UserId = userId,
        Today = today,
        details.Type,
        details.Issuer,
        details.VoucherNumber,
        details.AssociatedAccount,
        details.Currency,
        details.TotalValue,
        details.ExpirationDate,
        details.Notes,
    };
}
