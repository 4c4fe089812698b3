using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Models;

namespace TravelPlanner.Data.Services;

/// <summary>
/// Events: create, read, update, delete. Each is owned by one user, standalone or in one of that
/// user's trips. Another user's event is reported as <see cref="NotFoundException"/>, exactly like a missing one.
/// Resolve it (or <see cref="ITripItemService{TItem, TInput}"/> of the same types) from DI; the methods are the
/// shared ones. Refused as <see cref="ValidationException"/>: Name missing or too long, <c>endDateTime</c> before <c>startDateTime</c>, an instant of unspecified kind, a text field too long.
/// </summary>
public interface IEventService : ITripItemService<TravelEvent, TravelEventInput>;
