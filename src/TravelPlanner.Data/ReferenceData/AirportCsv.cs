using TravelPlanner.Data.Models;

namespace TravelPlanner.Data.ReferenceData;

/// <summary>Reads <c>airports.csv</c> (<c>iata,icao,name,city,country,latitude,longitude,timezone</c>).</summary>
internal static class AirportCsv
{
    public static readonly IReadOnlyList<string> Columns = ["iata", "icao", "name", "city", "country", "latitude", "longitude", "timezone"];

    /// <summary>Every airport in the file, in file order.</summary>
    /// <exception cref="FormatException">The file is malformed, a required field is empty, or an IATA code occurs twice.</exception>
    public static List<Airport> Read(TextReader text)
    {
        var airports = new List<Airport>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in ReferenceCsv.ReadRows(text, Columns))
        {
            var iata = row.Required(0, "iata");
            if (!seen.Add(iata))
            {
                // The upsert could not take it either: ON CONFLICT cannot update one row twice in a statement.
                throw new FormatException($"Line {row.Line}: iata '{iata}' occurs more than once.");
            }

            airports.Add(new Airport(
                iata,
                row.Optional(1),
                row.Required(2, "name"),
                row.Required(3, "city"),
                row.Required(4, "country"),
                row.OptionalDecimal(5, "latitude"),
                row.OptionalDecimal(6, "longitude"),
                row.Optional(7)));
        }

        return airports;
    }

    /// <summary>The airports shipped in the assembly.</summary>
    public static List<Airport> ReadEmbedded()
    {
        using var text = ReferenceCsv.OpenEmbedded(ReferenceCsv.AirportsFile);
        return Read(text);
    }
}
