using System.Globalization;
using System.Reflection;
using System.Text;

namespace TravelPlanner.Data.ReferenceData;

/// <summary>The reference data files embedded from the repository's top-level <c>data/</c> folder, and typed access to their rows.</summary>
internal static class ReferenceCsv
{
    /// <summary>Logical name of the embedded airport file.</summary>
    public const string AirportsFile = "data/airports.csv";

    /// <summary>Logical name of the embedded airline file.</summary>
    public const string AirlinesFile = "data/airlines.csv";

    /// <summary>Opens an embedded data file as UTF-8 text.</summary>
    public static StreamReader OpenEmbedded(string logicalName)
    {
        var stream = typeof(ReferenceCsv).Assembly.GetManifestResourceStream(logicalName)
            ?? throw new InvalidOperationException($"Embedded data file '{logicalName}' is missing from {typeof(ReferenceCsv).Assembly.GetName().Name}.");
        return new StreamReader(stream, Encoding.UTF8);
    }

    /// <summary>
    /// The data rows of a CSV whose header must be exactly <paramref name="columns"/>; each row has that many fields.
    /// </summary>
    /// <exception cref="FormatException">The header differs, a row has the wrong number of fields, or the CSV is malformed (the message names the line).</exception>
    public static IEnumerable<CsvRow> ReadRows(TextReader text, IReadOnlyList<string> columns)
    {
        var reader = new Rfc4180Reader(text);
        var header = reader.ReadRecord() ?? throw new FormatException("The file is empty; expected the header " + string.Join(',', columns) + ".");
        if (!header.SequenceEqual(columns, StringComparer.Ordinal))
        {
            throw new FormatException($"Line 1: the header is '{string.Join(',', header)}'; expected '{string.Join(',', columns)}'.");
        }

        while (reader.ReadRecord() is { } fields)
        {
            if (fields.Length != columns.Count)
            {
                throw new FormatException($"Line {reader.RecordLine}: {fields.Length} fields; expected {columns.Count}.");
            }

            yield return new CsvRow(reader.RecordLine, fields);
        }
    }

    /// <summary>One data row: its line number (for messages) and its fields.</summary>
    internal sealed record CsvRow(int Line, string[] Fields)
    {
        /// <summary>A field that must not be empty.</summary>
        public string Required(int index, string column) =>
            Fields[index].Length == 0 ? throw new FormatException($"Line {Line}: '{column}' is empty.") : Fields[index];

        /// <summary>A field where empty means unknown (null).</summary>
        public string? Optional(int index) => Fields[index].Length == 0 ? null : Fields[index];

        /// <summary>An optional invariant-culture decimal.</summary>
        public decimal? OptionalDecimal(int index, string column) =>
            Optional(index) is not { } value
                ? null
                : decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
                    ? number
                    : throw new FormatException($"Line {Line}: '{column}' is '{value}', not a decimal number.");
    }
}
