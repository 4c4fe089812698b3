namespace TravelPlanner.Data.Models;

/// <summary>A user's items that belong to no trip (<see cref="Services.ITripService.GetStandaloneItemsAsync"/>).</summary>
/// <param name="Flights">Standalone flights by departure.</param>
/// <param name="Hotels">Standalone hotel stays by check-in.</param>
/// <param name="Transportation">Standalone transport legs by departure.</param>
/// <param name="CarRentals">Standalone car rentals by pick-up.</param>
/// <param name="Events">Standalone events by start.</param>
public sealed record StandaloneItems(
    IReadOnlyList<Flight> Flights,
    IReadOnlyList<Hotel> Hotels,
    IReadOnlyList<Transportation> Transportation,
    IReadOnlyList<CarRental> CarRentals,
    IReadOnlyList<TravelEvent> Events);
