using Npgsql;
using NpgsqlTypes;
using TravelPlanner.Benchmarks.Setup;
using TravelPlanner.Data.Models;

namespace TravelPlanner.Benchmarks.Baselines.Raw;

/// <summary>
/// The floor: the library's own SQL files run through a hand-written <see cref="NpgsqlDataReader"/> loop,
/// explicitly prepared, typed parameters, no mapper, no retry, no activity.
/// </summary>
internal sealed class RawTrips(NpgsqlDataSource dataSource)
{
    private static readonly string ListUserTrips = LibrarySql.Get("trips/list_user_trips");
    private static readonly string GetTripWithDetails = LibrarySql.Get("trips/get_trip_with_details");
    private static readonly string InsertTrip = LibrarySql.Get("trips/insert_trip");

    public async Task<PagedResult<TripSummary>> ListUserTripsAsync(Guid userId, string filter, DateOnly today, int page, int limit)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(ListUserTrips, connection);
        command.Parameters.Add(new NpgsqlParameter<Guid>("UserId", userId));
        command.Parameters.Add(new NpgsqlParameter<string>("Filter", filter));
        command.Parameters.Add(new NpgsqlParameter<DateOnly>("Today", today));
        command.Parameters.Add(new NpgsqlParameter<int>("Limit", limit));
        command.Parameters.Add(new NpgsqlParameter<long>("Offset", (page - 1L) * limit));
        await command.PrepareAsync();
        // One result set: the total and whether the user has shared trips on every row, then the page's columns (one row
        // of nulls after them for an empty page). The benchmark owner has no shared trips, so list_visible_trips never runs.
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<TripSummary>(limit);
        var total = 0;
        while (await reader.ReadAsync())
        {
            total = reader.GetInt32(0);
            if (!reader.IsDBNull(2))
            {
                rows.Add(RawRows.TripSummary(reader, 2));
            }
        }

        return new PagedResult<TripSummary>(rows, page, limit, total);
    }

    public async Task<TripDetails?> GetTripWithDetailsAsync(Guid tripId, Guid userId)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(GetTripWithDetails, connection);
        command.Parameters.Add(new NpgsqlParameter<Guid>("TripId", tripId));
        command.Parameters.Add(new NpgsqlParameter<Guid>("UserId", userId));
        // The owner's own trip (the benchmark reads those): the owner is the reader.
        command.Parameters.Add(new NpgsqlParameter<Guid>("OwnerId", userId));
        await command.PrepareAsync();
        await using var reader = await command.ExecuteReaderAsync();
        var trip = await reader.ReadAsync() ? RawRows.Trip(reader) : null;
        await reader.NextResultAsync();
        var flights = await RawRows.ReadAllAsync(reader, RawRows.Flight);
        await reader.NextResultAsync();
        var hotels = await RawRows.ReadAllAsync(reader, RawRows.Hotel);
        await reader.NextResultAsync();
        var transportation = await RawRows.ReadAllAsync(reader, RawRows.Transportation);
        await reader.NextResultAsync();
        var carRentals = await RawRows.ReadAllAsync(reader, RawRows.CarRental);
        await reader.NextResultAsync();
        var events = await RawRows.ReadAllAsync(reader, RawRows.Event);
        await reader.NextResultAsync();
        var companions = await RawRows.ReadAllAsync(reader, RawRows.Companion);
        await reader.NextResultAsync();
        var itemCompanions = await RawRows.ReadAllAsync(reader, RawRows.ItemCompanion);
        return trip is null
            ? null
            : new TripDetails(trip, trip.UserId != userId, flights, hotels, transportation, carRentals, events, companions, itemCompanions);
    }

    public async Task<Trip> CreateTripAsync(Guid userId, CreateTrip trip)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(InsertTrip, connection);
        command.Parameters.Add(new NpgsqlParameter<Guid>("UserId", userId));
        command.Parameters.Add(new NpgsqlParameter<string>("Name", trip.Name));
        command.Parameters.Add(new NpgsqlParameter<DateOnly>("DepartureDate", trip.DepartureDate));
        command.Parameters.Add(new NpgsqlParameter<DateOnly>("ReturnDate", trip.ReturnDate));
        command.Parameters.Add(new NpgsqlParameter<string>("Purpose", trip.Purpose.ToString().ToLowerInvariant()));
        command.Parameters.Add(new NpgsqlParameter("Description", NpgsqlDbType.Text) { Value = (object?)trip.Description ?? DBNull.Value });
        await command.PrepareAsync();
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return RawRows.Trip(reader);
    }
}
