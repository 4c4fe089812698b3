using System.Collections.Concurrent;
using System.Data.Common;
using Npgsql;

namespace TravelPlanner.Data.Repositories.Rows;

/// <summary>
/// The text of the airport reference data (codes, names, cities, countries, time zones), read into strings shared by
/// every row that holds the same text instead of a new string per row (issue 16: an airport search's ten rows or a
/// trip's flights carry the same few dozen names call after call). The column's bytes are decoded into a stack buffer
/// (<see cref="RowValues.Text"/>) and looked up by content; a text seen for the first time is added. Sharing is safe:
/// strings are immutable and the lookup is by content, so a row always gets exactly the text it holds, whatever the
/// table did since.
/// </summary>
/// <remarks>
/// For reference data only: its set of texts is small (7,884 airports) and changes with imports, not with users. The
/// pool stops growing at <see cref="MaxEntries"/>, after which new texts are allocated as usual, so a table that did
/// grow without bound would cost memory up to that cap and nothing more.
/// </remarks>
internal static class ReferenceText
{
    /// <summary>Texts kept at most: above the airports' distinct names, cities, countries, codes and time zones (about 30,000).</summary>
    public const int MaxEntries = 65_536;

    private static readonly ConcurrentDictionary<string, string> Pool = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Pool.GetAlternateLookup<ReadOnlySpan<char>>();

    private static int s_count;

    /// <summary>The column's text, shared with earlier rows that held the same (a reader other than Npgsql's: a new string).</summary>
    public static string ReferenceString(this DbDataReader reader, int ordinal)
    {
        if (reader is not NpgsqlDataReader npgsql)
        {
            return reader.GetString(ordinal);
        }

        Span<char> chars = stackalloc char[RowValues.BufferLength];
        if (!npgsql.Text(ordinal, chars, out var length))
        {
            throw new InvalidOperationException($"Column {ordinal} holds more than {RowValues.BufferLength} bytes: not reference data.");
        }

        var text = chars[..length];
        if (Lookup.TryGetValue(text, out var pooled))
        {
            return pooled;
        }

        var created = new string(text);
        if (Volatile.Read(ref s_count) < MaxEntries && Pool.TryAdd(created, created))
        {
            Interlocked.Increment(ref s_count);
        }

        return created;
    }

    /// <summary>As <see cref="ReferenceString"/>, null for a null column.</summary>
    public static string? NullableReferenceString(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.ReferenceString(ordinal);
}
