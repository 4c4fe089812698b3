namespace TravelPlanner.Data.Models;

/// <summary>A transport leg to create, or the full new state of one to update (<see cref="Services.ITransportationService"/>).</summary>
/// <param name="Type">Kind of transport.</param>
/// <param name="Origin">Required, at most 255 characters.</param>
/// <param name="Destination">Required, at most 255 characters.</param>
/// <param name="DepartureDateTime">Departure instant (UTC or local; unspecified kind is refused).</param>
/// <param name="ArrivalDateTime">Arrival instant, after <paramref name="DepartureDateTime"/>.</param>
/// <param name="TripId">One of the owner's trips, or null for a standalone leg.</param>
/// <param name="Carrier">Optional, at most 255 characters.</param>
/// <param name="ConfirmationNumber">Optional, at most 50 characters.</param>
/// <param name="Notes">Optional, at most 10,000 characters.</param>
public sealed record TransportationInput(
    TransportationType Type,
    string Origin,
    string Destination,
    DateTime DepartureDateTime,
    DateTime ArrivalDateTime,
    Guid? TripId = null,
    string? Carrier = null,
    string? ConfirmationNumber = null,
    string? Notes = null) : ITripItemInput;
