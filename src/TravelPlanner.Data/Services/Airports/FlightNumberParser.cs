using System.Globalization;
using System.Text.RegularExpressions;
using TravelPlanner.Data.Models;

namespace TravelPlanner.Data.Services.Airports;

/// <summary>
/// Splits a flight number into airline designator, number and suffix. Pure: the only input besides
/// the text is the airline list, and every bad input becomes a failed result, never an exception.
/// </summary>
/// <remarks>
/// Accepted: a 2-character IATA designator (letters and digits, not two digits: <c>AA</c>, <c>U2</c>,
/// <c>6E</c>) or a 3-letter ICAO designator (<c>BAW</c>), optional spaces or one hyphen, 1-4 digits
/// (1-9999), an optional suffix letter. Case-insensitive. <c>U21234</c> splits as <c>U2</c> + 1234
/// because a designator is always exactly the first two (or three letter) characters.
/// </remarks>
internal static partial class FlightNumberParser
{
    // Longer inputs cannot be a flight number ("BAW 9999A" is 9); the cap keeps messages short.
    private const int MaxInputLength = 16;

    public static FlightNumberParseResult Parse(string? flightNumber, AirlineDirectory airlines)
    {
        ArgumentNullException.ThrowIfNull(airlines);
        if (string.IsNullOrWhiteSpace(flightNumber))
        {
            return FlightNumberParseResult.Failed("A flight number is required, e.g. BA2490.");
        }

        var text = flightNumber.Trim().ToUpperInvariant();
        if (text.Length > MaxInputLength)
        {
            return FlightNumberParseResult.Failed($"A flight number is at most {MaxInputLength} characters, e.g. BA2490.");
        }

        var match = Pattern().Match(text);
        if (!match.Success)
        {
            return FlightNumberParseResult.Failed(Explain(text));
        }

        var digits = match.Groups["number"].Value;
        var number = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        if (number == 0)
        {
            return FlightNumberParseResult.Failed($"'{flightNumber.Trim()}' has flight number 0; flight numbers run from 1 to 9999.");
        }

        char? suffix = match.Groups["suffix"].Success ? match.Groups["suffix"].Value[0] : null;
        var iata = match.Groups["iata"];
        var code = iata.Success ? iata.Value : match.Groups["icao"].Value;
        var airline = iata.Success ? airlines.FindByIata(code) : airlines.FindByIcao(code);
        var designator = !iata.Success && airline is not null ? airline.Iata : code;
        var normalized = string.Create(CultureInfo.InvariantCulture, $"{designator}{number}{suffix}");
        return FlightNumberParseResult.Parsed(code, number, suffix, normalized, airline);
    }

    // A message for the usual mistakes; the generic one names the expected shape.
    private static string Explain(string text)
    {
        if (text.All(char.IsAsciiDigit))
        {
            return $"'{text}' has no airline code; write the airline's 2-character code first, e.g. BA2490.";
        }

        if (TooManyDigits().IsMatch(text))
        {
            return $"'{text}' has more than 4 digits; flight numbers run from 1 to 9999.";
        }

        if (DesignatorOnly().IsMatch(text))
        {
            return $"'{text}' has no flight number after the airline code, e.g. BA2490.";
        }

        return $"'{text}' is not a flight number: expected a 2-character IATA airline code (BA, U2) or a 3-letter ICAO code (BAW), " +
               "then 1-4 digits and an optional letter, e.g. BA2490.";
    }

    [GeneratedRegex(@"^(?:(?<iata>[A-Z][A-Z0-9]|[0-9][A-Z])|(?<icao>[A-Z]{3}))(?: *-? *)(?<number>[0-9]{1,4})(?<suffix>[A-Z])?\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^(?:[A-Z0-9]{2}|[A-Z]{3})[ -]*[0-9]{5,}[A-Z]?$", RegexOptions.CultureInvariant)]
    private static partial Regex TooManyDigits();

    [GeneratedRegex(@"^(?:[A-Z0-9]{2}|[A-Z]{3})$", RegexOptions.CultureInvariant)]
    private static partial Regex DesignatorOnly();
}
