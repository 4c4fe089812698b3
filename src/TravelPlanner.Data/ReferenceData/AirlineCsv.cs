using TravelPlanner.Data.Models;

namespace TravelPlanner.Data.ReferenceData;

/// <summary>Reads <c>airlines.csv</c> (<c>iata,icao,name,country</c>).</summary>
internal static class AirlineCsv
{
    public static readonly IReadOnlyList<string> Columns = ["iata", "icao", "name", "country"];

    /// <summary>Every airline in the file, in file order.</summary>
    /// <exception cref="FormatException">The file is malformed or a required field is empty.</exception>
    public static List<Airline> Read(TextReader text) =>
        ReferenceCsv.ReadRows(text, Columns)
            .Select(row => new Airline(row.Required(0, "iata"), row.Optional(1), row.Required(2, "name"), row.Optional(3)))
            .ToList();

    /// <summary>The airlines shipped in the assembly.</summary>
    public static List<Airline> ReadEmbedded()
    {
        using var text = ReferenceCsv.OpenEmbedded(ReferenceCsv.AirlinesFile);
        return Read(text);
    }
}
