using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Models;

namespace TravelPlanner.Data.Services;

/// <summary>
/// Trips (the seed's TripService, all eight methods). "Today" is the UTC date of the injected
/// <see cref="TimeProvider"/>. A user sees the trips they own and, read-only, the trips shared with
/// them through an accepted invitation; only the owner may change or delete a trip. Another user's
/// trip is reported as <see cref="NotFoundException"/>, exactly like a missing one.
/// </summary>
public interface ITripService
{
    /// <summary>Largest page size and search limit; larger requests are capped to it.</summary>
    const int MaxLimit = 100;

    /// <summary>
    /// One page of the trips the user owns plus those shared with them (accepted invitation, marked
    /// <see cref="TripSummary.IsShared"/>), with item counts per type and the total over all pages.
    /// Past trips come newest first, the others by departure date.
    /// </summary>
    /// <param name="userId">The reader.</param>
    /// <param name="filter">Upcoming, current, past (relative to today's UTC date) or all.</param>
    /// <param name="page">1-based page number; a page past the end is empty (with the right total).</param>
    /// <param name="limit">Page size, 1 or more; capped at <see cref="MaxLimit"/>.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <exception cref="ValidationException"><paramref name="page"/> or <paramref name="limit"/> below 1, or an undefined filter.</exception>
    Task<PagedResult<TripSummary>> GetUserTripsAsync(
        Guid userId, TripFilter filter = TripFilter.All, int page = 1, int limit = 20, CancellationToken cancellationToken = default);

    /// <summary>
    /// The trip with its flights (with airport names), hotels, transportation, car rentals, events,
    /// companions and item companions, read in one database round trip. The owner and users with an
    /// accepted invitation may read it.
    /// </summary>
    /// <exception cref="NotFoundException">No such trip, or the user may not read it.</exception>
    Task<TripDetails> GetTripWithDetailsAsync(Guid tripId, Guid userId, CancellationToken cancellationToken = default);

    /// <summary>Creates a trip owned by <paramref name="userId"/>.</summary>
    /// <exception cref="ValidationException">Name missing or over 255 characters, <c>returnDate</c> before <c>departureDate</c>, undefined purpose, description over 10,000 characters. Nothing is written.</exception>
    /// <exception cref="NotFoundException">No such user.</exception>
    Task<Trip> CreateTripAsync(CreateTrip command, Guid userId, CancellationToken cancellationToken = default);

    /// <summary>Replaces every field of a trip the user owns.</summary>
    /// <exception cref="ValidationException">As for <see cref="CreateTripAsync"/>. Nothing is written.</exception>
    /// <exception cref="NotFoundException">No such trip, or the user does not own it (an invitee may read, never change).</exception>
    Task<Trip> UpdateTripAsync(Guid tripId, UpdateTrip command, Guid userId, CancellationToken cancellationToken = default);

    /// <summary>Deletes a trip the user owns, with its items, companion links, invitations and item companions.</summary>
    /// <exception cref="NotFoundException">No such trip, or the user does not own it.</exception>
    Task DeleteTripAsync(Guid tripId, Guid userId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Totals over the trips the user owns (shared trips count for their owner only): upcoming,
    /// current and past relative to today's UTC date, per purpose, and items per type in those trips.
    /// </summary>
    Task<TripStatistics> GetTripStatisticsAsync(Guid userId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Trips the user can see (owned or shared) whose name or description contains
    /// <paramref name="query"/>, case-insensitively; <c>%</c>, <c>_</c> and <c>\</c> match literally.
    /// Newest departure first.
    /// </summary>
    /// <exception cref="ValidationException"><paramref name="query"/> blank or over 255 characters after trimming (field <c>query</c>), or <paramref name="limit"/> below 1.</exception>
    Task<IReadOnlyList<TripSummary>> SearchTripsAsync(Guid userId, string query, int limit = 20, CancellationToken cancellationToken = default);

    /// <summary>The user's flights, hotels, transportation, car rentals and events that belong to no trip.</summary>
    Task<StandaloneItems> GetStandaloneItemsAsync(Guid userId, CancellationToken cancellationToken = default);
}
