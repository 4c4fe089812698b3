using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Models;

namespace TravelPlanner.Data.Services;

/// <summary>
/// Airports (the <c>airports</c> reference table, loaded by the console's <c>seed-airports</c>), airlines
/// and flight numbers (from the airline data shipped in the package; no database).
/// </summary>
public interface IAirportService
{
    /// <summary>Maximum number of airports <see cref="SearchAirportsAsync"/> returns, whatever limit is asked for.</summary>
    const int MaxSearchLimit = 50;

    /// <summary>The airport with this IATA code (case-insensitive, surrounding spaces ignored).</summary>
    /// <exception cref="ValidationException">The code is not three letters (field <c>code</c>).</exception>
    /// <exception cref="NotFoundException">No airport has this code (resource <c>airport</c>).</exception>
    Task<Airport> GetAirportByCodeAsync(string code, CancellationToken cancellationToken = default);

    /// <summary>
    /// Airports whose city or name contains <paramref name="query"/> (case-insensitive; <c>%</c>, <c>_</c> and <c>\</c>
    /// match literally), plus the airport whose IATA code is the query. Ranked as the seed does: the IATA match
    /// first (<c>LHR</c> → London Heathrow), then airports whose city is exactly the query, then by name; within the
    /// exact-city tier the most significant airports come first (large with scheduled service, then medium with
    /// scheduled service, then airfields without), by name within a level (<c>chicago</c> → Midway, O'Hare;
    /// <c>london</c> → Gatwick, Heathrow, Luton, Stansted, then London City).
    /// </summary>
    /// <param name="query">Search text, 1-100 characters after trimming.</param>
    /// <param name="limit">Maximum number of results (at least 1; capped at <see cref="MaxSearchLimit"/>).</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <exception cref="ValidationException">The query is empty or longer than 100 characters (field <c>query</c>), or the limit is below 1 (field <c>limit</c>).</exception>
    Task<IReadOnlyList<Airport>> SearchAirportsAsync(string query, int limit = 10, CancellationToken cancellationToken = default);

    /// <summary>
    /// The airline with this designator from the shipped airline data (OpenTravelData), or null when none has it:
    /// a 2-character IATA designator (<c>AA</c>, <c>U2</c>, <c>6E</c>) or a 3-letter ICAO designator (<c>AAL</c>),
    /// case-insensitive. In memory, loaded once; no database call.
    /// </summary>
    /// <exception cref="ValidationException">The code is neither 2 letters/digits nor 3 letters (field <c>code</c>).</exception>
    Airline? GetAirlineByCode(string code);

    /// <summary>
    /// Splits a flight number such as <c>AA100</c>, <c>aa 100</c>, <c>U2 123</c>, <c>9W 5</c> or <c>BAW2490</c> (ICAO
    /// prefix) into airline code, number (1-9999) and optional suffix letter, with a normalised form and the airline
    /// when it is known. Never throws for bad input: anything that is not a flight number (null, <c>""</c>, <c>12</c>,
    /// <c>ABCD</c>, <c>AA12345</c>) gives a result with <see cref="FlightNumberParseResult.Success"/> false and an
    /// <see cref="FlightNumberParseResult.Error"/> message.
    /// </summary>
    FlightNumberParseResult ParseFlightNumber(string? flightNumber);
}
