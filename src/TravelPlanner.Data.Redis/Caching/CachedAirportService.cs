using TravelPlanner.Data.Models;
using TravelPlanner.Data.Services;

namespace TravelPlanner.Data.Caching;

/// <summary>
/// <see cref="IAirportService"/> with the seed's caching: airport by code and airport search for 24 h
/// (shared by all users; dropped by an airport import). Airlines and flight numbers are in memory already.
/// </summary>
internal sealed class CachedAirportService(IAirportService inner, CacheStore cache) : IAirportService
{
    public Task<Airport> GetAirportByCodeAsync(string code, CancellationToken cancellationToken = default) =>
        string.IsNullOrWhiteSpace(code)
            ? inner.GetAirportByCodeAsync(code, cancellationToken) // the inner service names the bad field
            : cache.GetOrLoadAsync(
                CacheScheme.AirportByCode,
                owner: null,
                code.Trim().ToUpperInvariant(),
                CacheJsonContext.Default.Airport,
                (Inner: inner, Code: code),
                static (s, ct) => s.Inner.GetAirportByCodeAsync(s.Code, ct),
                cancellationToken);

    public Task<IReadOnlyList<Airport>> SearchAirportsAsync(string query, int limit = 10, CancellationToken cancellationToken = default) =>
        string.IsNullOrWhiteSpace(query)
            ? inner.SearchAirportsAsync(query, limit, cancellationToken)
            : cache.GetOrLoadAsync(
                CacheScheme.AirportSearch,
                owner: null,
                // The search is case-insensitive and trims its query, so "Chicago " and "chicago" share an entry.
                CacheScheme.Field(query.Trim().ToLowerInvariant(), limit),
                CacheJsonContext.Default.IReadOnlyListAirport,
                (Inner: inner, Query: query, Limit: limit),
                static (s, ct) => s.Inner.SearchAirportsAsync(s.Query, s.Limit, ct),
                cancellationToken);

    public Airline? GetAirlineByCode(string code) => inner.GetAirlineByCode(code);

    public FlightNumberParseResult ParseFlightNumber(string? flightNumber) => inner.ParseFlightNumber(flightNumber);
}
