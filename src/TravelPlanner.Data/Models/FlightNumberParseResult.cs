using System.Diagnostics.CodeAnalysis;

namespace TravelPlanner.Data.Models;

/// <summary>
/// The outcome of <see cref="Services.IAirportService.ParseFlightNumber"/>: either the parts of a flight
/// number (<see cref="Success"/> true) or a message saying why the text is not one (<see cref="Error"/>).
/// </summary>
public sealed record FlightNumberParseResult
{
    private FlightNumberParseResult()
    {
    }

    /// <summary>True when the text is a flight number; then <see cref="AirlineCode"/> and <see cref="Normalized"/> are set, else <see cref="Error"/> is.</summary>
    [MemberNotNullWhen(true, nameof(AirlineCode), nameof(Normalized))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success { get; private init; }

    /// <summary>The airline designator as written, upper case: a 2-character IATA code (<c>BA</c>) or a 3-letter ICAO code (<c>BAW</c>).</summary>
    public string? AirlineCode { get; private init; }

    /// <summary>The flight number, 1 to 9999 (leading zeros dropped); 0 when parsing failed.</summary>
    public int Number { get; private init; }

    /// <summary>The operational suffix letter (<c>BA2490A</c> → <c>A</c>), if any.</summary>
    public char? Suffix { get; private init; }

    /// <summary>
    /// Canonical form: IATA designator + number without leading zeros + suffix, no spaces (<c>"aa 0100"</c> → <c>AA100</c>).
    /// An ICAO prefix is replaced by the airline's IATA designator when the airline is known (<c>BAW2490</c> → <c>BA2490</c>),
    /// so both spellings of one flight compare equal; otherwise the prefix is kept.
    /// </summary>
    public string? Normalized { get; private init; }

    /// <summary>The airline the designator belongs to in the shipped airline data, or null when it is not listed.</summary>
    public Airline? Airline { get; private init; }

    /// <summary>Why the text is not a flight number (null on success).</summary>
    public string? Error { get; private init; }

    /// <summary>A successful parse.</summary>
    /// <exception cref="ArgumentException"><paramref name="airlineCode"/> or <paramref name="normalized"/> is blank, or <paramref name="number"/> is outside 1-9999.</exception>
    public static FlightNumberParseResult Parsed(string airlineCode, int number, char? suffix, string normalized, Airline? airline)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(airlineCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(normalized);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 9999);
        return new FlightNumberParseResult
        {
            Success = true,
            AirlineCode = airlineCode,
            Number = number,
            Suffix = suffix,
            Normalized = normalized,
            Airline = airline,
        };
    }

    /// <summary>A failed parse with a message for the user.</summary>
    /// <exception cref="ArgumentException"><paramref name="error"/> is blank.</exception>
    public static FlightNumberParseResult Failed(string error)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(error);
        return new FlightNumberParseResult { Success = false, Error = error };
    }
}
