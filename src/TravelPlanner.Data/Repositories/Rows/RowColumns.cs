using System.Data.Common;

namespace TravelPlanner.Data.Repositories.Rows;

/// <summary>The check that a result set has the columns a row reader reads, by position.</summary>
internal static class RowColumns
{
    /// <summary>Throws when the current result set's columns are not <typeparamref name="TRow"/>'s, in its order.</summary>
    /// <exception cref="InvalidOperationException">A column is missing, extra or out of place.</exception>
    public static void Check<T, TRow>(DbDataReader reader)
        where TRow : IRowReader<T>
    {
        var expected = TRow.Columns;
        var matches = reader.FieldCount == expected.Count;
        for (var i = 0; matches && i < expected.Count; i++)
        {
            matches = string.Equals(reader.GetName(i), expected[i], StringComparison.OrdinalIgnoreCase);
        }

        if (!matches)
        {
            var actual = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName);
            throw new InvalidOperationException(
                $"{typeof(TRow).Name} reads the columns ({string.Join(", ", expected)}) but the statement returned ({string.Join(", ", actual)}).");
        }
    }
}
