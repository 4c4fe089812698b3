namespace TravelPlanner.Data.Models;

/// <summary>A ground or sea transport leg (train, bus, ferry, ...).</summary>
/// <param name="Id">The leg's id.</param>
/// <param name="UserId">The owner.</param>
/// <param name="TripId">The trip it belongs to, or null when standalone.</param>
/// <param name="Type">Kind of transport.</param>
/// <param name="Carrier">Operator, or null.</param>
/// <param name="Origin">Where it departs.</param>
/// <param name="Destination">Where it arrives.</param>
/// <param name="DepartureDateTime">Departure instant (UTC).</param>
/// <param name="ArrivalDateTime">Arrival instant (UTC), after departure.</param>
/// <param name="ConfirmationNumber">Booking number, or null.</param>
/// <param name="Notes">Free-text notes, or null.</param>
/// <param name="CreatedAt">When the leg was created (UTC).</param>
/// <param name="UpdatedAt">When the leg last changed (UTC).</param>
public sealed record Transportation(
    Guid Id,
    Guid UserId,
    Guid? TripId,
    TransportationType Type,
    string? Carrier,
    string Origin,
    string Destination,
    DateTime DepartureDateTime,
    DateTime ArrivalDateTime,
    string? ConfirmationNumber,
    string? Notes,
    DateTime CreatedAt,
    DateTime UpdatedAt);
