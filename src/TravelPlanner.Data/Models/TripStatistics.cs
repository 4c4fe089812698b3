namespace TravelPlanner.Data.Models;

/// <summary>
/// Counts over the trips a user owns (trips shared with them count for their owner, not here), relative
/// to today's UTC date. <c>Upcoming + Current + Past = Total</c> and so do the purposes.
/// </summary>
/// <param name="Total">Trips owned.</param>
/// <param name="Upcoming">Trips departing today or later.</param>
/// <param name="Current">Trips departed before today and returning today or later.</param>
/// <param name="Past">Trips that returned before today.</param>
/// <param name="Pleasure">Trips with purpose pleasure.</param>
/// <param name="Business">Trips with purpose business.</param>
/// <param name="Other">Trips with purpose other.</param>
/// <param name="Flights">Flights in the owned trips (standalone flights excluded).</param>
/// <param name="Hotels">Hotel stays in the owned trips.</param>
/// <param name="Transportation">Transport legs in the owned trips.</param>
/// <param name="CarRentals">Car rentals in the owned trips.</param>
/// <param name="Events">Events in the owned trips.</param>
public sealed record TripStatistics(
    int Total,
    int Upcoming,
    int Current,
    int Past,
    int Pleasure,
    int Business,
    int Other,
    int Flights,
    int Hotels,
    int Transportation,
    int CarRentals,
    int Events);
