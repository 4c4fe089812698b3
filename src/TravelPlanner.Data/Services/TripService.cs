using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Repositories;

namespace TravelPlanner.Data.Services;

/// <summary>Trips over <see cref="TripRepository"/>; "today" from the injected <see cref="TimeProvider"/>.</summary>
internal sealed class TripService(TripRepository trips, TimeProvider timeProvider) : ITripService
{
    private const int MaxQueryLength = 255;

    private DateOnly Today => DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime);

    public async Task<PagedResult<TripSummary>> GetUserTripsAsync(
        Guid userId, TripFilter filter = TripFilter.All, int page = 1, int limit = 20, CancellationToken cancellationToken = default)
    {
        Validate.Defined(filter, "filter");
        page = Validate.Page(page, "page");
        limit = Validate.Limit(limit, "limit", ITripService.MaxLimit);

        var (total, rows) = await trips.ListUserTripsAsync(userId, filter, Today, limit, (page - 1L) * limit, cancellationToken).ConfigureAwait(false);
        return new PagedResult<TripSummary>(rows, page, limit, total);
    }

    public async Task<TripDetails> GetTripWithDetailsAsync(Guid tripId, Guid userId, CancellationToken cancellationToken = default) =>
        await trips.GetTripWithDetailsAsync(tripId, userId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("trip", tripId);

    public async Task<Trip> CreateTripAsync(CreateTrip command, Guid userId, CancellationToken cancellationToken = default)
    {
        Validate.Present(command, "command");
        var fields = Fields(command.Name, command.DepartureDate, command.ReturnDate, command.Purpose, command.Description);
        return await trips.InsertTripAsync(userId, fields, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Trip> UpdateTripAsync(Guid tripId, UpdateTrip command, Guid userId, CancellationToken cancellationToken = default)
    {
        Validate.Present(command, "command");
        var fields = Fields(command.Name, command.DepartureDate, command.ReturnDate, command.Purpose, command.Description);
        return await trips.UpdateTripAsync(tripId, userId, fields, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("trip", tripId);
    }

    public async Task DeleteTripAsync(Guid tripId, Guid userId, CancellationToken cancellationToken = default)
    {
        if (!await trips.DeleteTripAsync(tripId, userId, cancellationToken).ConfigureAwait(false))
        {
            throw new NotFoundException("trip", tripId);
        }
    }

    public async Task<TripStatistics> GetTripStatisticsAsync(Guid userId, CancellationToken cancellationToken = default) =>
        await trips.GetTripStatisticsAsync(userId, Today, cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<TripSummary>> SearchTripsAsync(Guid userId, string query, int limit = 20, CancellationToken cancellationToken = default)
    {
        var text = Validate.Required(query, "query", MaxQueryLength);
        limit = Validate.Limit(limit, "limit", ITripService.MaxLimit);
        return await trips.SearchTripsAsync(userId, text, limit, cancellationToken).ConfigureAwait(false);
    }

    public async Task<StandaloneItems> GetStandaloneItemsAsync(Guid userId, CancellationToken cancellationToken = default) =>
        await trips.GetStandaloneItemsAsync(userId, cancellationToken).ConfigureAwait(false);

    private static TripFields Fields(string name, DateOnly departureDate, DateOnly returnDate, TripPurpose purpose, string? description) =>
        Validate.All(() => CheckedFields(name, departureDate, returnDate, purpose, description));

    private static TripFields CheckedFields(string name, DateOnly departureDate, DateOnly returnDate, TripPurpose purpose, string? description)
    {
        var validName = Validate.Required(name, "name", 255);
        Validate.Date(departureDate, "departureDate");
        Validate.Date(returnDate, "returnDate");
        Validate.NotBefore(departureDate, returnDate, "returnDate", "departureDate");
        Validate.Defined(purpose, "purpose");
        var validDescription = Validate.Optional(description, "description", Validate.MaxTextLength);
        return new TripFields(validName, departureDate, returnDate, purpose, validDescription);
    }
}
