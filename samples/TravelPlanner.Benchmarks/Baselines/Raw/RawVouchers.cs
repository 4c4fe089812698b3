using Npgsql;
using TravelPlanner.Benchmarks.Setup;
using TravelPlanner.Data.Models;

namespace TravelPlanner.Benchmarks.Baselines.Raw;

/// <summary>
/// Voucher attach as the library does it: the one statement of vouchers/attach_voucher_to_flight (lock the voucher,
/// check flight and traveller, use the amount, insert the attachment), through raw Npgsql, read by ordinal.
/// </summary>
internal sealed class RawVouchers(NpgsqlDataSource dataSource)
{
    private static readonly string AttachVoucherToFlight = LibrarySql.Get("vouchers/attach_voucher_to_flight");

    public async Task<VoucherAttachmentResult> AttachAsync(Guid voucherId, Guid flightId, Guid userId, decimal amount, DateOnly today)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(AttachVoucherToFlight, connection);
        foreach (var (name, value) in new (string, object)[]
                 {
                     ("VoucherId", voucherId), ("UserId", userId), ("FlightId", flightId), ("TravelerType", "USER"),
                     ("TravelerId", userId), ("Amount", amount), ("Today", today),
                 })
        {
            command.Parameters.Add(new NpgsqlParameter(name, value));
        }

        await command.PrepareAsync();
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        // Columns 0-14 the voucher as locked, 15-16 the ownership checks, 17-19 its new amount, status and updatedAt,
        // 20-25 the attachment (null when nothing was written).
        if (reader.IsDBNull(0) || reader.IsDBNull(20))
        {
            throw new InvalidOperationException("attach refused");
        }

        var locked = RawRows.Voucher(reader);
        var updated = locked with { UsedAmount = reader.GetDecimal(17), Status = reader.GetString(18), UpdatedAt = reader.GetDateTime(19) };
        var attachment = new VoucherAttachment(
            reader.GetGuid(20), locked.Id, reader.GetGuid(21), reader.GetGuid(22), reader.GetString(23), reader.GetDecimal(24), reader.GetDateTime(25));
        return new VoucherAttachmentResult(attachment, updated);
    }
}
