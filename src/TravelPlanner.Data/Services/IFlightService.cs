using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Models;

namespace TravelPlanner.Data.Services;

/// <summary>
/// Flights: create, read, update, delete. Each is owned by one user, standalone or in one of that
/// user's trips. Another user's flight is reported as <see cref="NotFoundException"/>, exactly like a missing one.
/// Resolve it (or <see cref="ITripItemService{TItem, TInput}"/> of the same types) from DI; the methods are the
/// shared ones. Refused as <see cref="ValidationException"/>: Flight number missing or not shaped like <c>AA100</c>/<c>BAW123</c>, origin or destination missing or over 10 characters, <c>arrivalDateTime</c> not after <c>departureDateTime</c>, an instant of unspecified kind, a text field too long.
/// </summary>
public interface IFlightService : ITripItemService<Flight, FlightInput>;
