namespace TravelPlanner.Data.Models;

/// <summary>An airline from the reference data shipped in the package (OpenTravelData, CC BY 4.0).</summary>
/// <param name="Iata">Two-character IATA designator, upper case, e.g. <c>AA</c>, <c>U2</c>, <c>6E</c>.</param>
/// <param name="Icao">Three-letter ICAO designator, e.g. <c>AAL</c>; null when the data has none.</param>
/// <param name="Name">Airline name, e.g. <c>American Airlines</c>.</param>
/// <param name="Country">Home country inferred from the airline's hub (a display hint, not its state of registration); null when unknown.</param>
public sealed record Airline(string Iata, string? Icao, string Name, string? Country);
