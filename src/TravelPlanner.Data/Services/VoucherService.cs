using System.Globalization;
using System.Text.RegularExpressions;
using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Repositories;

namespace TravelPlanner.Data.Services;

/// <summary>
/// Vouchers over <see cref="VoucherRepository"/>. Ownership is checked in the SQL; every change to a
/// voucher's amounts or status first locks the voucher's row: in a transaction, or (attach) in the one statement.
/// </summary>
internal sealed partial class VoucherService(VoucherRepository vouchers, QueryExecutor executor, TimeProvider clock) : IVoucherService
{
    private const int MaxExpiringDays = 3650;
    private static readonly string[] TravelerTypes = ["USER", "COMPANION"];

    public async Task<IReadOnlyList<Voucher>> GetUserVouchersAsync(Guid userId, VoucherFilter? filter = null, CancellationToken cancellationToken = default)
    {
        Validate.Id(userId, "userId");
        var clean = new VoucherFilter(
            filter?.Status is null ? null : Validate.OneOf(filter.Status, "status", VoucherStatus.All),
            filter?.Type is null ? null : Validate.OneOf(filter.Type, "type", VoucherType.All),
            filter?.Currency is null ? null : Validate.CurrencyCode(filter.Currency, "currency"),
            filter?.ExpiringBefore);
        return await vouchers.ListUserVouchersAsync(userId, clean, Today(), cancellationToken).ConfigureAwait(false);
    }

    public async Task<Voucher> GetVoucherAsync(Guid voucherId, Guid userId, CancellationToken cancellationToken = default)
    {
        Validate.Id(voucherId, "voucherId");
        Validate.Id(userId, "userId");
        return await vouchers.GetVoucherAsync(voucherId, userId, Today(), cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("voucher", voucherId);
    }

    public async Task<IReadOnlyList<VoucherAttachment>> GetVoucherAttachmentsAsync(Guid voucherId, Guid userId, CancellationToken cancellationToken = default)
    {
        await GetVoucherAsync(voucherId, userId, cancellationToken).ConfigureAwait(false);
        return await vouchers.ListVoucherAttachmentsAsync(voucherId, userId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Voucher> CreateVoucherAsync(VoucherDetails details, Guid userId, CancellationToken cancellationToken = default)
    {
        Validate.Id(userId, "userId");
        var clean = Clean(details);
        await EnsureNumberFreeAsync(clean.VoucherNumber, userId, exceptId: null, cancellationToken).ConfigureAwait(false);
        return await vouchers.InsertVoucherAsync(userId, clean, Today(), cancellationToken).ConfigureAwait(false);
    }

    public async Task<Voucher> UpdateVoucherAsync(Guid voucherId, VoucherDetails details, Guid userId, CancellationToken cancellationToken = default)
    {
        Validate.Id(voucherId, "voucherId");
        Validate.Id(userId, "userId");
        var clean = Clean(details);
        await EnsureNumberFreeAsync(clean.VoucherNumber, userId, voucherId, cancellationToken).ConfigureAwait(false);
        var today = Today();
        return await executor.InTransactionAsync(
            async tx =>
            {
                var current = await vouchers.LockVoucherAsync(voucherId, userId, today, cancellationToken, tx).ConfigureAwait(false)
                    ?? throw new NotFoundException("voucher", voucherId);
                if (current.Status == VoucherStatus.Transferred && (current.TotalValue != clean.TotalValue || current.Currency != clean.Currency))
                {
                    throw new ConflictException("The voucher was reissued: its value and currency can no longer change.", "totalValue");
                }

                if (current.UsedAmount > 0 && current.Currency != clean.Currency)
                {
                    throw new ConflictException("The voucher has been used: its currency can no longer change.", "currency");
                }

                if (clean.TotalValue < current.UsedAmount)
                {
                    throw new ValidationException("totalValue", $"must not be less than the amount already used ({Money(current.UsedAmount, current.Currency)}).");
                }

                return await vouchers.UpdateVoucherAsync(voucherId, userId, clean, today, cancellationToken, tx).ConfigureAwait(false)
                    ?? throw new NotFoundException("voucher", voucherId);
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task DeleteVoucherAsync(Guid voucherId, Guid userId, CancellationToken cancellationToken = default)
    {
        await GetVoucherAsync(voucherId, userId, cancellationToken).ConfigureAwait(false);

        // Checked first for a clear error; the NO ACTION key voucher_attachments_voucher_id_fkey settles a race.
        if (await vouchers.VoucherHasAttachmentsAsync(voucherId, userId, cancellationToken).ConfigureAwait(false))
        {
            throw new ConflictException("The voucher has attachments and cannot be deleted.", "voucherId");
        }

        if (await vouchers.DeleteVoucherAsync(voucherId, userId, cancellationToken).ConfigureAwait(false) == 0)
        {
            throw new NotFoundException("voucher", voucherId);
        }
    }

    public async Task<VoucherAttachmentResult> AttachVoucherToFlightAsync(
        Guid voucherId,
        Guid flightId,
        string travelerType,
        Guid travelerId,
        decimal amount,
        Guid userId,
        CancellationToken cancellationToken = default)
    {
        Validate.Id(voucherId, "voucherId");
        Validate.Id(flightId, "flightId");
        Validate.Id(travelerId, "travelerId");
        Validate.Id(userId, "userId");
        var type = Validate.OneOf(travelerType, "travelerType", TravelerTypes);
        var use = Validate.Money(amount, "amount", positive: true);
        var today = Today();

        // One statement (vouchers/attach_voucher_to_flight): it writes only when every check below would pass, on the
        // voucher's row as its lock returned it; this picks the error for the first check that failed.
        var row = await vouchers.AttachVoucherToFlightAsync(voucherId, userId, flightId, type, travelerId, use, today, cancellationToken).ConfigureAwait(false);
        var voucher = row.Locked ?? throw new NotFoundException("voucher", voucherId);
        if (!row.FlightOwned)
        {
            throw new NotFoundException("flight", flightId);
        }

        if (!row.TravelerOwned)
        {
            throw new NotFoundException("traveler", travelerId);
        }

        EnsureUsable(voucher);
        if (use > voucher.RemainingBalance)
        {
            throw new ValidationException("amount", $"exceeds the voucher's remaining balance of {Money(voucher.RemainingBalance, voucher.Currency)}.");
        }

        return row.Attached ?? throw new ConflictException("The voucher changed while it was being used; try again.", "status");
    }

    public async Task<VoucherReissue> ReissueVoucherAsync(Guid voucherId, Guid userId, CancellationToken cancellationToken = default)
    {
        Validate.Id(voucherId, "voucherId");
        Validate.Id(userId, "userId");
        var today = Today();

        return await executor.InTransactionAsync(
            async tx =>
            {
                var parent = await vouchers.LockVoucherAsync(voucherId, userId, today, cancellationToken, tx).ConfigureAwait(false)
                    ?? throw new NotFoundException("voucher", voucherId);
                EnsureUsable(parent);
                if (parent.RemainingBalance <= 0)
                {
                    throw new ConflictException("Nothing remains on the voucher to reissue.", "status");
                }

                // Parent first, child second: if the child's insert fails, the rollback also undoes the parent's TRANSFERRED.
                await vouchers.MarkVoucherTransferredAsync(voucherId, userId, cancellationToken, tx).ConfigureAwait(false);
                var (numberBase, generation) = ReissueNumbering(parent);
                var child = await vouchers.InsertReissuedVoucherAsync(parent, numberBase, generation, today, cancellationToken, tx).ConfigureAwait(false);
                return new VoucherReissue(parent with { Status = VoucherStatus.Transferred }, child);
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Voucher>> GetExpiringVouchersAsync(Guid userId, int days = 30, CancellationToken cancellationToken = default)
    {
        Validate.Id(userId, "userId");
        if (days is < 0 or > MaxExpiringDays)
        {
            throw new ValidationException("days", $"must be from 0 to {MaxExpiringDays}.");
        }

        var today = Today();
        return await vouchers.ListExpiringVouchersAsync(userId, today, today.AddDays(days), cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<VoucherStatistics>> GetVoucherStatisticsAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        Validate.Id(userId, "userId");
        return await vouchers.VoucherStatisticsAsync(userId, Today(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The child's number, as the first candidate: <c>ABC</c> → <c>ABC-R1</c>; a reissued <c>ABC-R1</c> → <c>ABC-R2</c>.
    /// When it is taken, the insert moves on to the next generation.
    /// </summary>
    internal static string ReissuedNumber(Voucher parent)
    {
        var (numberBase, generation) = ReissueNumbering(parent);
        return $"{numberBase}-R{generation}";
    }

    private static (string Base, int Generation) ReissueNumbering(Voucher parent)
    {
        var match = ReissueSuffix().Match(parent.VoucherNumber);
        return parent.ParentVoucherId is not null && match.Success && int.TryParse(match.Groups[2].Value, CultureInfo.InvariantCulture, out var generation)
            ? (match.Groups[1].Value, generation + 1)
            : (parent.VoucherNumber, 1);
    }

    private static void EnsureUsable(Voucher voucher)
    {
        if (voucher.Status is not (VoucherStatus.Open or VoucherStatus.PartiallyUsed))
        {
            throw new ConflictException($"The voucher is {voucher.Status} and can no longer be used.", "status");
        }
    }

    private static VoucherDetails Clean(VoucherDetails? details)
    {
        Validate.Present(details, "details");
        return Validate.All(() => new VoucherDetails(
            Validate.OneOf(details.Type, "type", VoucherType.All),
            Validate.Required(details.Issuer, "issuer", 255),
            Validate.Required(details.VoucherNumber, "voucherNumber", 100),
            Validate.Money(details.TotalValue, "totalValue"),
            Validate.CurrencyCode(details.Currency, "currency"),
            Validate.OptionalDate(details.ExpirationDate, "expirationDate"),
            Validate.Optional(details.AssociatedAccount, "associatedAccount", 255),
            Validate.Optional(details.Notes, "notes", 10_000)));
    }

    private static string Money(decimal amount, string currency) => $"{amount.ToString("0.00", CultureInfo.InvariantCulture)} {currency}";

    [GeneratedRegex(@"^(.+)-R([0-9]{1,6})$", RegexOptions.CultureInvariant)]
    private static partial Regex ReissueSuffix();

    private async Task EnsureNumberFreeAsync(string voucherNumber, Guid userId, Guid? exceptId, CancellationToken cancellationToken)
    {
        // Unique per user (0008_key_every_row_by_its_user.sql): another user may hold the same number.
        if (await vouchers.VoucherNumberTakenAsync(voucherNumber, userId, exceptId, cancellationToken).ConfigureAwait(false))
        {
            throw new ConflictException("This voucher number is already registered.", "voucherNumber");
        }
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
