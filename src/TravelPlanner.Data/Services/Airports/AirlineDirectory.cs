using System.Collections.Frozen;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.ReferenceData;

namespace TravelPlanner.Data.Services.Airports;

/// <summary>
/// Airlines by IATA and ICAO designator, in memory. <see cref="Shipped"/> is the package's
/// <c>data/airlines.csv</c>, parsed once on first use; no database is involved.
/// </summary>
internal sealed class AirlineDirectory
{
    private static readonly Lazy<AirlineDirectory> LazyShipped = new(() => new AirlineDirectory(AirlineCsv.ReadEmbedded()));

    private readonly FrozenDictionary<string, Airline> _byIata;
    private readonly FrozenDictionary<string, Airline> _byIcao;

    public AirlineDirectory(IEnumerable<Airline> airlines)
    {
        var list = airlines.ToList();
        _byIata = list.ToFrozenDictionary(a => a.Iata, StringComparer.Ordinal);
        // The data gives each ICAO code to one airline at most; first wins should that ever change.
        _byIcao = list.Where(a => a.Icao is not null)
            .DistinctBy(a => a.Icao)
            .ToFrozenDictionary(a => a.Icao!, StringComparer.Ordinal);
    }

    /// <summary>The airlines shipped with the package.</summary>
    public static AirlineDirectory Shipped => LazyShipped.Value;

    /// <summary>How many airlines are listed.</summary>
    public int Count => _byIata.Count;

    /// <summary>The airline with this upper-case IATA designator, or null.</summary>
    public Airline? FindByIata(string iata) => _byIata.GetValueOrDefault(iata);

    /// <summary>The airline with this upper-case ICAO designator, or null.</summary>
    public Airline? FindByIcao(string icao) => _byIcao.GetValueOrDefault(icao);
}
