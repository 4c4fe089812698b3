using System.Data.Common;
using System.Text;
using Npgsql;

namespace TravelPlanner.Data.Repositories.Rows;

/// <summary>Typed reads of nullable columns and of the enums stored as text, shared by the row readers.</summary>
internal static class RowValues
{
    public static string? NullableString(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static Guid? NullableGuid(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetGuid(ordinal);

    public static decimal? NullableDecimal(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetDecimal(ordinal);

    public static DateOnly Date(this DbDataReader reader, int ordinal) => reader.GetFieldValue<DateOnly>(ordinal);

    /// <summary>An enum stored as its name (DbCodes), parsed ignoring case as Dapper did: <c>CARRENTAL</c> is <c>CarRental</c>.</summary>
    /// <remarks>
    /// Parsed from the column's bytes (<see cref="Text"/>): <see cref="DbDataReader.GetString"/> would allocate a string
    /// per enum column per row only to throw it away.
    /// </remarks>
    public static TEnum Enum<TEnum>(this DbDataReader reader, int ordinal)
        where TEnum : struct, System.Enum
    {
        if (reader is not NpgsqlDataReader npgsql)
        {
            return System.Enum.Parse<TEnum>(reader.GetString(ordinal), ignoreCase: true);
        }

        Span<char> name = stackalloc char[BufferLength];
        return npgsql.Text(ordinal, name, out var length)
            ? System.Enum.Parse<TEnum>(name[..length], ignoreCase: true)
            : throw new InvalidOperationException($"Column {ordinal} holds a name longer than any {typeof(TEnum).Name}.");
    }

    /// <summary>
    /// A text column decoded into <paramref name="chars"/> without a string: its UTF-8 bytes (Npgsql reads any column's
    /// raw bytes; the library's connections speak UTF-8, <see cref="TravelPlannerDataOptionsValidator"/>) are copied into
    /// the thread's buffer and decoded. False when the text is longer than <see cref="BufferLength"/> bytes: the column
    /// has then been read up to there. The row readers are synchronous, so nothing else uses the buffer meanwhile.
    /// </summary>
    public static bool Text(this NpgsqlDataReader reader, int ordinal, Span<char> chars, out int length)
    {
        var buffer = t_bytes ??= new byte[BufferLength];
        var read = (int)reader.GetBytes(ordinal, 0, buffer, 0, buffer.Length);
        length = Encoding.UTF8.GetChars(buffer.AsSpan(0, read), chars);
        return read < buffer.Length;
    }

    /// <summary>The longest text <see cref="Text"/> decodes, in bytes: the airports' varchar(255) at 4 bytes a character, and every enum name.</summary>
    public const int BufferLength = 1024;

    [ThreadStatic]
    private static byte[]? t_bytes;
}
