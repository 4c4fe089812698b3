namespace TravelPlanner.Data.Models;

/// <summary>A flight, with the names of its airports when origin and destination are known IATA codes.</summary>
/// <param name="Id">The flight's id.</param>
/// <param name="UserId">The owner.</param>
/// <param name="TripId">The trip it belongs to, or null for a standalone flight.</param>
/// <param name="FlightNumber">Airline code and number, upper case without spaces (e.g. <c>AA100</c>).</param>
/// <param name="Origin">Origin IATA code (or city text, at most 10 characters).</param>
/// <param name="Destination">Destination IATA code (or city text, at most 10 characters).</param>
/// <param name="DepartureDateTime">Departure instant (UTC).</param>
/// <param name="ArrivalDateTime">Arrival instant (UTC), after departure.</param>
/// <param name="SeatNumber">Seat, or null.</param>
/// <param name="ConfirmationCode">Booking reference (PNR), or null.</param>
/// <param name="Notes">Free-text notes, or null.</param>
/// <param name="OriginName">Name of the origin airport, null when <paramref name="Origin"/> is not a known IATA code.</param>
/// <param name="OriginCity">City of the origin airport, or null.</param>
/// <param name="DestinationName">Name of the destination airport, or null.</param>
/// <param name="DestinationCity">City of the destination airport, or null.</param>
/// <param name="CreatedAt">When the flight was created (UTC).</param>
/// <param name="UpdatedAt">When the flight last changed (UTC).</param>
public sealed record Flight(
    Guid Id,
    Guid UserId,
    Guid? TripId,
    string FlightNumber,
    string Origin,
    string Destination,
    DateTime DepartureDateTime,
    DateTime ArrivalDateTime,
    string? SeatNumber,
    string? ConfirmationCode,
    string? Notes,
    string? OriginName,
    string? OriginCity,
    string? DestinationName,
    string? DestinationCity,
    DateTime CreatedAt,
    DateTime UpdatedAt);
