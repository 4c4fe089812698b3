using System.Collections.Concurrent;
using System.Data.Common;
using Npgsql;

namespace TravelPlanner.Data.Repositories.Rows;

/// <summary>
/// The text of the airport reference data (codes, names, cities, countries, time zones), read into strings shared by
/// every row that holds the same text instead of a new string per row (issue 16: an airport search's ten rows or a
/// trip's flights carry the same few dozen names call after call). The column's bytes are decoded into a stack buffer
/// (<see cref="RowValues.Text"/>) and looked up by content in <see cref="Pool"/>. Sharing is safe: strings are
/// immutable and the lookup is by content, so a row always gets exactly the text it holds, whatever the table did since.
/// </summary>
/// <remarks>
/// For reference data only: its set of texts is small (7,884 airports) and changes with imports, not with users.
/// </remarks>
internal static class ReferenceText
{
    /// <summary>Texts kept at most: above the airports' distinct names, cities, countries, codes and time zones (about 30,000).</summary>
    public const int MaxEntries = 65_536;

    private static readonly TextPool Pool = new(MaxEntries);

    /// <summary>The column's text, shared with earlier rows that held the same (a reader other than Npgsql's: a new string).</summary>
    public static string ReferenceString(this DbDataReader reader, int ordinal)
    {
        if (reader is not NpgsqlDataReader npgsql)
        {
            return reader.GetString(ordinal);
        }

        Span<char> chars = stackalloc char[RowValues.BufferLength];
        return npgsql.Text(ordinal, chars, out var length)
            ? Pool.Get(chars[..length])
            : throw new InvalidOperationException($"Column {ordinal} holds more than {RowValues.BufferLength} bytes: not reference data.");
    }

    /// <summary>As <see cref="ReferenceString"/>, null for a null column.</summary>
    public static string? NullableReferenceString(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.ReferenceString(ordinal);
}

/// <summary>
/// Strings by content, shared: <see cref="Get"/> returns the string already held for a text, else a new one, which is
/// kept while fewer than <c>capacity</c> are held (threads adding at the same moment may each add one more). Past the
/// capacity nothing more is kept, so the pool's memory is bounded whatever it is given. Thread-safe.
/// </summary>
internal sealed class TextPool
{
    private readonly ConcurrentDictionary<string, string> _texts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int _capacity;
    private int _count;

    public TextPool(int capacity)
    {
        _capacity = capacity;
        _lookup = _texts.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>How many texts are held.</summary>
    public int Count => Volatile.Read(ref _count);

    public string Get(ReadOnlySpan<char> text)
    {
        if (_lookup.TryGetValue(text, out var held))
        {
            return held;
        }

        var created = new string(text);
        if (Volatile.Read(ref _count) >= _capacity)
        {
            return created;
        }

        // Two threads that missed the same text at once: both get the one that was added.
        var shared = _texts.GetOrAdd(created, created);
        if (ReferenceEquals(shared, created))
        {
            Interlocked.Increment(ref _count);
        }

        return shared;
    }
}
