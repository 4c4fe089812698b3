using TravelPlanner.Data.Models;
using TravelPlanner.Data.Sql;

namespace TravelPlanner.Data.Repositories;

/// <summary>
/// SQL for <c>vouchers</c> and <c>voucher_attachments</c> (sql/queries/vouchers). Every read takes
/// <c>today</c> to compute the effective status (past expiry reads as EXPIRED).
/// </summary>
internal sealed class VoucherRepository(QueryExecutor executor)
{
    private static readonly SqlQuery ListUserVouchers = QueryCatalog.Get("vouchers/list_user_vouchers");
    private static readonly SqlQuery GetVoucher = QueryCatalog.Get("vouchers/get_voucher");
    private static readonly SqlQuery LockVoucher = QueryCatalog.Get("vouchers/lock_voucher");
    private static readonly SqlQuery VoucherNumberTaken = QueryCatalog.Get("vouchers/voucher_number_taken");
    private static readonly SqlQuery InsertVoucher = QueryCatalog.Get("vouchers/insert_voucher");
    private static readonly SqlQuery UpdateVoucher = QueryCatalog.Get("vouchers/update_voucher");
    private static readonly SqlQuery VoucherHasAttachments = QueryCatalog.Get("vouchers/voucher_has_attachments");
    private static readonly SqlQuery DeleteVoucher = QueryCatalog.Get("vouchers/delete_voucher");
    private static readonly SqlQuery CheckAttachmentTargets = QueryCatalog.Get("vouchers/check_attachment_targets");
    private static readonly SqlQuery UseVoucherAmount = QueryCatalog.Get("vouchers/use_voucher_amount");
    private static readonly SqlQuery InsertVoucherAttachment = QueryCatalog.Get("vouchers/insert_voucher_attachment");
    private static readonly SqlQuery ListVoucherAttachments = QueryCatalog.Get("vouchers/list_voucher_attachments");
    private static readonly SqlQuery MarkVoucherTransferred = QueryCatalog.Get("vouchers/mark_voucher_transferred");
    private static readonly SqlQuery InsertReissuedVoucher = QueryCatalog.Get("vouchers/insert_reissued_voucher");
    private static readonly SqlQuery ListExpiringVouchers = QueryCatalog.Get("vouchers/list_expiring_vouchers");
    private static readonly SqlQuery VoucherStatisticsQuery = QueryCatalog.Get("vouchers/voucher_statistics");

    public Task<List<Voucher>> ListUserVouchersAsync(Guid userId, VoucherFilter filter, DateOnly today, CancellationToken cancellationToken) =>
        executor.QueryAsync<Voucher>(
            ListUserVouchers,
            new { UserId = userId, Today = today, filter.Status, filter.Type, filter.Currency, filter.ExpiringBefore },
            cancellationToken);

    public Task<Voucher?> GetVoucherAsync(Guid id, Guid userId, DateOnly today, CancellationToken cancellationToken) =>
        executor.QuerySingleOrDefaultAsync<Voucher>(GetVoucher, new { Id = id, UserId = userId, Today = today }, cancellationToken);

    public Task<Voucher?> LockVoucherAsync(Guid id, Guid userId, DateOnly today, CancellationToken cancellationToken, DbTransaction transaction) =>
        executor.QuerySingleOrDefaultAsync<Voucher>(LockVoucher, new { Id = id, UserId = userId, Today = today }, cancellationToken, transaction);

    public Task<bool> VoucherNumberTakenAsync(string voucherNumber, Guid? exceptId, CancellationToken cancellationToken) =>
        executor.QuerySingleAsync<bool>(VoucherNumberTaken, new { VoucherNumber = voucherNumber, ExceptId = exceptId }, cancellationToken);

    public Task<Voucher> InsertVoucherAsync(Guid userId, VoucherDetails details, DateOnly today, CancellationToken cancellationToken) =>
        executor.QuerySingleAsync<Voucher>(InsertVoucher, Parameters(Guid.Empty, userId, details, today), cancellationToken);

    public Task<Voucher?> UpdateVoucherAsync(Guid id, Guid userId, VoucherDetails details, DateOnly today, CancellationToken cancellationToken, DbTransaction transaction) =>
        executor.QuerySingleOrDefaultAsync<Voucher>(UpdateVoucher, Parameters(id, userId, details, today), cancellationToken, transaction);

    public Task<bool> VoucherHasAttachmentsAsync(Guid id, CancellationToken cancellationToken) =>
        executor.QuerySingleAsync<bool>(VoucherHasAttachments, new { Id = id }, cancellationToken);

    public Task<int> DeleteVoucherAsync(Guid id, Guid userId, CancellationToken cancellationToken) =>
        executor.ExecuteAsync(DeleteVoucher, new { Id = id, UserId = userId }, cancellationToken);

    public Task<AttachmentTargets> CheckAttachmentTargetsAsync(
        Guid flightId, string travelerType, Guid travelerId, Guid userId, CancellationToken cancellationToken, DbTransaction transaction) =>
        executor.QuerySingleAsync<AttachmentTargets>(
            CheckAttachmentTargets,
            new { FlightId = flightId, TravelerType = travelerType, TravelerId = travelerId, UserId = userId },
            cancellationToken,
            transaction);

    public Task<Voucher?> UseVoucherAmountAsync(Guid id, decimal amount, DateOnly today, CancellationToken cancellationToken, DbTransaction transaction) =>
        executor.QuerySingleOrDefaultAsync<Voucher>(UseVoucherAmount, new { Id = id, Amount = amount, Today = today }, cancellationToken, transaction);

    public Task<VoucherAttachment> InsertVoucherAttachmentAsync(
        Guid voucherId, Guid flightId, string travelerType, Guid travelerId, decimal amount, CancellationToken cancellationToken, DbTransaction transaction) =>
        executor.QuerySingleAsync<VoucherAttachment>(
            InsertVoucherAttachment,
            new { VoucherId = voucherId, FlightId = flightId, TravelerType = travelerType, TravelerId = travelerId, Amount = amount },
            cancellationToken,
            transaction);

    public Task<List<VoucherAttachment>> ListVoucherAttachmentsAsync(Guid id, Guid userId, CancellationToken cancellationToken) =>
        executor.QueryAsync<VoucherAttachment>(ListVoucherAttachments, new { Id = id, UserId = userId }, cancellationToken);

    public Task<int> MarkVoucherTransferredAsync(Guid id, CancellationToken cancellationToken, DbTransaction transaction) =>
        executor.ExecuteAsync(MarkVoucherTransferred, new { Id = id }, cancellationToken, transaction);

    /// <summary>The child of <paramref name="parentId"/>, numbered with the first free <c>{numberBase}-R{n}</c>, n ≥ <paramref name="generation"/>.</summary>
    public Task<Voucher> InsertReissuedVoucherAsync(Guid parentId, string numberBase, int generation, DateOnly today, CancellationToken cancellationToken, DbTransaction transaction) =>
        executor.QuerySingleAsync<Voucher>(
            InsertReissuedVoucher, new { ParentId = parentId, Base = numberBase, Generation = generation, Today = today }, cancellationToken, transaction);

    public Task<List<Voucher>> ListExpiringVouchersAsync(Guid userId, DateOnly today, DateOnly until, CancellationToken cancellationToken) =>
        executor.QueryAsync<Voucher>(ListExpiringVouchers, new { UserId = userId, Today = today, Until = until }, cancellationToken);

    public Task<List<VoucherStatistics>> VoucherStatisticsAsync(Guid userId, DateOnly today, CancellationToken cancellationToken) =>
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

/// <summary>Whether the flight and the traveller of an attachment belong to the voucher's owner.</summary>
internal sealed record AttachmentTargets(bool FlightOwned, bool TravelerOwned);
