using Npgsql;
using TravelPlanner.Benchmarks.Setup;
using TravelPlanner.Data.Models;

namespace TravelPlanner.Benchmarks.Baselines.Raw;

/// <summary>
/// Voucher attach as the library does it, statement for statement (lock the voucher, check flight and
/// traveller, use the amount, insert the attachment, in one transaction), through raw Npgsql.
/// </summary>
internal sealed class RawVouchers(NpgsqlDataSource dataSource)
{
    private static readonly string LockVoucher = LibrarySql.Get("vouchers/lock_voucher");
    private static readonly string CheckTargets = LibrarySql.Get("vouchers/check_attachment_targets");
    private static readonly string UseAmount = LibrarySql.Get("vouchers/use_voucher_amount");
    private static readonly string InsertAttachment = LibrarySql.Get("vouchers/insert_voucher_attachment");

    public async Task<VoucherAttachmentResult> AttachAsync(Guid voucherId, Guid flightId, Guid userId, decimal amount, DateOnly today)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        Voucher voucher;
        await using (var command = Command(connection, transaction, LockVoucher, ("Id", voucherId), ("UserId", userId), ("Today", today)))
        {
            await command.PrepareAsync();
            await using var reader = await command.ExecuteReaderAsync();
            voucher = await reader.ReadAsync() ? RawRows.Voucher(reader) : throw new InvalidOperationException("voucher not found");
        }

        await using (var command = Command(connection, transaction, CheckTargets,
                         ("FlightId", flightId), ("UserId", userId), ("TravelerType", "USER"), ("TravelerId", userId)))
        {
            await command.PrepareAsync();
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            if (!reader.GetBoolean(0) || !reader.GetBoolean(1) || voucher.Status is not ("OPEN" or "PARTIALLY_USED") || amount > voucher.RemainingBalance)
            {
                throw new InvalidOperationException("attach refused");
            }
        }

        Voucher updated;
        await using (var command = Command(connection, transaction, UseAmount, ("Id", voucherId), ("UserId", userId), ("Amount", amount), ("Today", today)))
        {
            await command.PrepareAsync();
            await using var reader = await command.ExecuteReaderAsync();
            updated = await reader.ReadAsync() ? RawRows.Voucher(reader) : throw new InvalidOperationException("voucher changed");
        }

        VoucherAttachment attachment;
        await using (var command = Command(connection, transaction, InsertAttachment,
                         ("VoucherId", voucherId), ("UserId", userId), ("FlightId", flightId), ("TravelerId", userId), ("TravelerType", "USER"), ("Amount", amount)))
        {
            await command.PrepareAsync();
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            attachment = RawRows.Attachment(reader);
        }

        await transaction.CommitAsync();
        return new VoucherAttachmentResult(attachment, updated);
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, params (string Name, object Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter(name, value));
        }

        return command;
    }
}
