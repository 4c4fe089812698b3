namespace TravelPlanner.Data.Models;

/// <summary>An airport from the reference table (<c>airports</c>), loaded by the <c>seed-airports</c> command.</summary>
/// <param name="Iata">Three-letter IATA location code, upper case (the key), e.g. <c>ORD</c>.</param>
/// <param name="Icao">Four-character ICAO location indicator, e.g. <c>KORD</c>; null when the airfield has none.</param>
/// <param name="Name">Airport name, e.g. <c>Chicago O'Hare International Airport</c>.</param>
/// <param name="City">The place the airport serves or lies in (sometimes a municipality rather than the metro city).</param>
/// <param name="Country">Country name in English, e.g. <c>United States</c>.</param>
/// <param name="Latitude">Latitude in degrees (-90 to 90), when known.</param>
/// <param name="Longitude">Longitude in degrees (-180 to 180), when known.</param>
/// <param name="Timezone">IANA time zone id, e.g. <c>America/Chicago</c>, when known.</param>
public sealed record Airport(
    string Iata,
    string? Icao,
    string Name,
    string City,
    string Country,
    decimal? Latitude,
    decimal? Longitude,
    string? Timezone);
