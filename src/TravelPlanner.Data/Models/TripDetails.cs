namespace TravelPlanner.Data.Models;

/// <summary>A trip with everything in it, loaded in one database round trip.</summary>
/// <param name="Trip">The trip.</param>
/// <param name="IsShared">True when the reader is not the owner but holds an accepted invitation (read-only).</param>
/// <param name="Flights">Flights by departure, with airport names.</param>
/// <param name="Hotels">Hotel stays by check-in.</param>
/// <param name="Transportation">Transport legs by departure.</param>
/// <param name="CarRentals">Car rentals by pick-up.</param>
/// <param name="Events">Events by start.</param>
/// <param name="Companions">Companion profiles on the trip, by name.</param>
/// <param name="ItemCompanions">Travellers assigned to the trip's items.</param>
public sealed record TripDetails(
    Trip Trip,
    bool IsShared,
    IReadOnlyList<Flight> Flights,
    IReadOnlyList<Hotel> Hotels,
    IReadOnlyList<Transportation> Transportation,
    IReadOnlyList<CarRental> CarRentals,
    IReadOnlyList<TravelEvent> Events,
    IReadOnlyList<TripCompanionSummary> Companions,
    IReadOnlyList<ItemCompanion> ItemCompanions);
