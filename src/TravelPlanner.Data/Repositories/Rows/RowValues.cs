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
    public static TEnum Enum<TEnum>(this DbDataReader reader, int ordinal)
        where TEnum : struct, System.Enum =>
        System.Enum.Parse<TEnum>(reader.GetString(ordinal), ignoreCase: true);
}
