using System.Data.Common;

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
    /// The name is copied into a per-thread buffer and parsed from there: <see cref="DbDataReader.GetString"/> would
    /// allocate a string per enum column per row only to throw it away. The read is synchronous, so nothing else runs on
    /// the thread between the copy and the parse.
    /// </remarks>
    public static TEnum Enum<TEnum>(this DbDataReader reader, int ordinal)
        where TEnum : struct, System.Enum
    {
        var buffer = t_enumName ??= new char[EnumNameCapacity];
        var length = reader.GetChars(ordinal, 0, buffer, 0, buffer.Length);
        return length < buffer.Length
            ? System.Enum.Parse<TEnum>(buffer.AsSpan(0, (int)length), ignoreCase: true)
            : throw new InvalidOperationException($"Column {ordinal} holds a name longer than any {typeof(TEnum).Name}.");
    }

    // Longer than every enum name the schema stores ("transportation" is the longest, 14).
    private const int EnumNameCapacity = 32;

    [ThreadStatic]
    private static char[]? t_enumName;
}
