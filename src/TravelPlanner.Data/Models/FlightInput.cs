namespace TravelPlanner.Data.Models;

/// <summary>A flight to create, or the full new state of one to update (<see cref="Services.IFlightService"/>).</summary>
/// <param name="FlightNumber">Required; upper-cased and spaces removed, then it must look like <c>AA100</c>, <c>U2123</c> or <c>BAW123</c> (2-character IATA or 3-letter ICAO airline code, 1-4 digits, optional suffix letter).</param>
/// <param name="Origin">Required, at most 10 characters; three letters are taken as an IATA code and upper-cased.</param>
/// <param name="Destination">Required, at most 10 characters; three letters are taken as an IATA code and upper-cased.</param>
/// <param name="DepartureDateTime">Departure instant (UTC or local; unspecified kind is refused).</param>
/// <param name="ArrivalDateTime">Arrival instant, after <paramref name="DepartureDateTime"/>.</param>
/// <param name="TripId">One of the owner's trips, or null for a standalone flight.</param>
/// <param name="SeatNumber">Optional, at most 10 characters.</param>
/// <param name="ConfirmationCode">Optional, at most 50 characters.</param>
/// <param name="Notes">Optional, at most 10,000 characters.</param>
public sealed record FlightInput(
    string FlightNumber,
    string Origin,
    string Destination,
    DateTime DepartureDateTime,
    DateTime ArrivalDateTime,
    Guid? TripId = null,
    string? SeatNumber = null,
    string? ConfirmationCode = null,
    string? Notes = null) : ITripItemInput;
