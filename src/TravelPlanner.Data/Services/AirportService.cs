using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Repositories;
using TravelPlanner.Data.Services.Airports;
using TravelPlanner.Data.Sql;

namespace TravelPlanner.Data.Services;

/// <summary>Airports over <see cref="AirportRepository"/>; airlines and flight numbers over the in-memory <see cref="AirlineDirectory"/>.</summary>
internal sealed class AirportService(AirportRepository airports, AirlineDirectory airlines) : IAirportService
{
    private const int MaxQueryLength = 100;

    public async Task<Airport> GetAirportByCodeAsync(string code, CancellationToken cancellationToken = default)
    {
        var iata = Validate.Code(code, "code", 3);
        return await airports.GetAirportByCodeAsync(iata, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("airport", iata);
    }

    public async Task<IReadOnlyList<Airport>> SearchAirportsAsync(string query, int limit = 10, CancellationToken cancellationToken = default)
    {
        var text = Validate.Required(query, "query", MaxQueryLength);
        var max = Validate.Limit(limit, "limit", IAirportService.MaxSearchLimit);
        return await airports.SearchAirportsAsync(text, LikePattern.Contains(text), max, cancellationToken).ConfigureAwait(false);
    }

    public Airline? GetAirlineByCode(string code) =>
        code?.Trim().Length == 3
            ? airlines.FindByIcao(Validate.Code(code, "code", 3))
            : airlines.FindByIata(ValidateIataDesignator(code));

    public FlightNumberParseResult ParseFlightNumber(string? flightNumber) => FlightNumberParser.Parse(flightNumber, airlines);

    private static string ValidateIataDesignator(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            throw new ValidationException("code", "is required.");
        }

        return code.Trim().Length == 2
            ? Validate.Code(code, "code", 2, allowDigits: true)
            : throw new ValidationException("code", "must be a 2-character IATA or 3-letter ICAO airline designator.");
    }
}
