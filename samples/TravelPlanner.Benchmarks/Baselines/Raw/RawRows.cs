using Npgsql;
using TravelPlanner.Data.Models;

namespace TravelPlanner.Benchmarks.Baselines.Raw;

/// <summary>Hand-written row readers for the raw Npgsql floor: by ordinal, in the column order of the library's SQL files.</summary>
internal static class RawRows
{
    public static Trip Trip(NpgsqlDataReader r) => new(
        r.GetGuid(0), r.GetGuid(1), r.GetString(2), r.GetFieldValue<DateOnly>(3), r.GetFieldValue<DateOnly>(4),
        Enum.Parse<TripPurpose>(r.GetString(5), ignoreCase: true), NullableString(r, 6), r.GetDateTime(7), r.GetDateTime(8));

    /// <summary>A trip summary whose columns start at ordinal <paramref name="o"/>.</summary>
    public static TripSummary TripSummary(NpgsqlDataReader r, int o) => new(
        r.GetGuid(o), r.GetGuid(o + 1), r.GetString(o + 2), r.GetFieldValue<DateOnly>(o + 3), r.GetFieldValue<DateOnly>(o + 4),
        Enum.Parse<TripPurpose>(r.GetString(o + 5), ignoreCase: true), NullableString(r, o + 6), r.GetDateTime(o + 7), r.GetDateTime(o + 8),
        r.GetBoolean(o + 9), r.GetInt32(o + 10), r.GetInt32(o + 11), r.GetInt32(o + 12), r.GetInt32(o + 13), r.GetInt32(o + 14));

    public static Flight Flight(NpgsqlDataReader r) => new(
        r.GetGuid(0), r.GetGuid(1), NullableGuid(r, 2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetDateTime(6), r.GetDateTime(7),
        NullableString(r, 8), NullableString(r, 9), NullableString(r, 10), NullableString(r, 11), NullableString(r, 12),
        NullableString(r, 13), NullableString(r, 14), r.GetDateTime(15), r.GetDateTime(16));

    public static Hotel Hotel(NpgsqlDataReader r) => new(
        r.GetGuid(0), r.GetGuid(1), NullableGuid(r, 2), r.GetString(3), NullableString(r, 4), r.GetDateTime(5), r.GetDateTime(6),
        NullableString(r, 7), NullableString(r, 8), r.GetDateTime(9), r.GetDateTime(10));

    public static Transportation Transportation(NpgsqlDataReader r) => new(
        r.GetGuid(0), r.GetGuid(1), NullableGuid(r, 2), Enum.Parse<TransportationType>(r.GetString(3), ignoreCase: true),
        NullableString(r, 4), r.GetString(5), r.GetString(6), r.GetDateTime(7), r.GetDateTime(8), NullableString(r, 9),
        NullableString(r, 10), r.GetDateTime(11), r.GetDateTime(12));

    public static CarRental CarRental(NpgsqlDataReader r) => new(
        r.GetGuid(0), r.GetGuid(1), NullableGuid(r, 2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetDateTime(6),
        r.GetDateTime(7), NullableString(r, 8), NullableString(r, 9), r.GetDateTime(10), r.GetDateTime(11));

    public static TravelEvent Event(NpgsqlDataReader r) => new(
        r.GetGuid(0), r.GetGuid(1), NullableGuid(r, 2), r.GetString(3), NullableString(r, 4), r.GetDateTime(5), r.GetDateTime(6),
        NullableString(r, 7), r.GetDateTime(8), r.GetDateTime(9));

    public static TripCompanionSummary Companion(NpgsqlDataReader r) => new(
        r.GetGuid(0), r.GetString(1), NullableString(r, 2), NullableString(r, 3), NullableGuid(r, 4), r.GetDateTime(5));

    public static ItemCompanion ItemCompanion(NpgsqlDataReader r) => new(
        r.GetGuid(0), Enum.Parse<ItemType>(r.GetString(1), ignoreCase: true), r.GetGuid(2),
        Enum.Parse<TravelerType>(r.GetString(3), ignoreCase: true), r.GetGuid(4), NullableString(r, 5), r.GetDateTime(6));

    public static Airport Airport(NpgsqlDataReader r) => new(
        r.GetString(0), NullableString(r, 1), r.GetString(2), r.GetString(3), r.GetString(4),
        r.IsDBNull(5) ? null : r.GetDecimal(5), r.IsDBNull(6) ? null : r.GetDecimal(6), NullableString(r, 7));

    public static Voucher Voucher(NpgsqlDataReader r) => new(
        r.GetGuid(0), r.GetGuid(1), r.GetString(2), r.GetString(3), r.GetString(4), NullableString(r, 5), r.GetString(6),
        r.GetDecimal(7), r.GetDecimal(8), r.GetString(9), r.IsDBNull(10) ? null : r.GetFieldValue<DateOnly>(10),
        NullableGuid(r, 11), NullableString(r, 12), r.GetDateTime(13), r.GetDateTime(14));

    public static VoucherAttachment Attachment(NpgsqlDataReader r) => new(
        r.GetGuid(0), r.GetGuid(1), r.GetGuid(2), r.GetGuid(3), r.GetString(4), r.GetDecimal(5), r.GetDateTime(6));

    public static async Task<List<T>> ReadAllAsync<T>(NpgsqlDataReader reader, Func<NpgsqlDataReader, T> map)
    {
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    private static string? NullableString(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static Guid? NullableGuid(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetGuid(i);
}
