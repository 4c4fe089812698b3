using System.Runtime.CompilerServices;
using TravelPlanner.Data.Changes;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Repositories.Rows;
using TravelPlanner.Data.Sql;

namespace TravelPlanner.Data.Repositories;

/// <summary>SQL for <c>trips</c> and the reads that span a trip's items (sql/queries/trips).</summary>
internal sealed class TripRepository(QueryExecutor executor)
{
    private static readonly ReadQuery ListUserTrips = QueryCatalog.Read("trips/list_user_trips");
    private static readonly ReadQuery ListVisibleTrips = QueryCatalog.Read("trips/list_visible_trips");
    private static readonly ReadQuery SearchVisibleTrips = QueryCatalog.Read("trips/search_visible_trips");
    private static readonly ReadQuery UserHasSharedTrips = QueryCatalog.Read("users/user_has_shared_trips");
    private static readonly ReadQuery GetTripWithDetails = QueryCatalog.Read("trips/get_trip_with_details");
    private static readonly ReadQuery FindSharedTripOwner = QueryCatalog.Read("trips/find_shared_trip_owner");
    private static readonly WriteQuery InsertTrip = QueryCatalog.Write("trips/insert_trip");
    private static readonly OwnerTripsWrite UpdateTrip = QueryCatalog.WriteOwnerTrips("trips/update_trip");
    private static readonly OwnerTripsWrite DeleteTrip = QueryCatalog.WriteOwnerTrips("trips/delete_trip");
    private static readonly ReadQuery GetTripStatistics = QueryCatalog.Read("trips/get_trip_statistics");
    private static readonly ReadQuery SearchTrips = QueryCatalog.Read("trips/search_trips");
    private static readonly ReadQuery GetStandaloneItems = QueryCatalog.Read("trips/get_standalone_items");

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<(int TotalCount, List<TripSummary> Page)> ListUserTripsAsync(
        Guid userId, TripFilter filter, DateOnly today, int limit, long offset, CancellationToken cancellationToken)
    {
        // Every row carries the total; past the end there is one row, whose trip columns are null. The user's
        // own trips first (one shard of a cluster); a user with shared trips is read again with them (every shard).
        var parameters = new { UserId = userId, Filter = DbCodes.Of(filter), Today = today, Limit = limit, Offset = offset };
        var rows = await executor.QueryAsync<TripListRow, TripListRow>(ListUserTrips, parameters, cancellationToken).ConfigureAwait(false);
        if (rows[0].HasSharedTrips)
        {
            rows = await executor.QueryAsync<TripListRow, TripListRow>(ListVisibleTrips, parameters, cancellationToken).ConfigureAwait(false);
        }

        // A loop into a list of the right size: the LINQ chain and the list's regrowth cost about a kilobyte a page (issue 16).
        var page = new List<TripSummary>(rows.Count);
        foreach (var row in rows)
        {
            if (row.Trip is { } trip)
            {
                page.Add(trip);
            }
        }

        return (rows[0].TotalCount, page);
    }

    /// <summary>
    /// The trip and everything in it, or null when the user may not read it: one round trip for the owner's own
    /// trip (one shard on a cluster); for a trip shared with the user, a look-up of its owner first (every shard).
    /// </summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<TripDetails?> GetTripWithDetailsAsync(Guid tripId, Guid userId, CancellationToken cancellationToken)
    {
        if (await GetTripWithDetailsAsync(tripId, userId, ownerId: userId, cancellationToken).ConfigureAwait(false) is { } own)
        {
            return own;
        }

        var owner = await executor.QuerySingleOrDefaultAsync<Guid?>(FindSharedTripOwner, new { TripId = tripId, UserId = userId }, cancellationToken).ConfigureAwait(false);
        return owner is { } sharedBy ? await GetTripWithDetailsAsync(tripId, userId, sharedBy, cancellationToken).ConfigureAwait(false) : null;
    }

    private ValueTask<TripDetails?> GetTripWithDetailsAsync(Guid tripId, Guid userId, Guid ownerId, CancellationToken cancellationToken) =>
        executor.QueryResultSetsAsync(
            GetTripWithDetails,
            new { TripId = tripId, UserId = userId, OwnerId = ownerId },
            ownerId == userId ? ReadOwnTripDetails : ReadSharedTripDetails,
            cancellationToken);

    // Two cached delegates, not a lambda over the user: the details read allocates no closure. The trip statement
    // keeps only the owner's trip, so "shared" is whether the reader is someone else than that owner.
    private static readonly Func<ResultSets, ValueTask<TripDetails?>> ReadOwnTripDetails = static sets => ReadTripDetailsAsync(sets, isShared: false);
    private static readonly Func<ResultSets, ValueTask<TripDetails?>> ReadSharedTripDetails = static sets => ReadTripDetailsAsync(sets, isShared: true);

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private static async ValueTask<TripDetails?> ReadTripDetailsAsync(ResultSets sets, bool isShared)
    {
        var trip = await sets.ReadSingleOrDefaultAsync<Trip, TripRow>().ConfigureAwait(false);
        var flights = await sets.ReadListAsync<Flight, FlightRow>().ConfigureAwait(false);
        var hotels = await sets.ReadListAsync<Hotel, HotelRow>().ConfigureAwait(false);
        var transportation = await sets.ReadListAsync<Transportation, TransportationRow>().ConfigureAwait(false);
        var carRentals = await sets.ReadListAsync<CarRental, CarRentalRow>().ConfigureAwait(false);
        var events = await sets.ReadListAsync<TravelEvent, TravelEventRow>().ConfigureAwait(false);
        var companions = await sets.ReadListAsync<TripCompanionSummary, TripCompanionSummaryRow>().ConfigureAwait(false);
        var itemCompanions = await sets.ReadListAsync<ItemCompanion, ItemCompanionRow>().ConfigureAwait(false);
        return trip is null
            ? null
            : new TripDetails(trip, isShared, flights, hotels, transportation, carRentals, events, companions, itemCompanions);
    }

    /// <summary>
    /// Announced to the owner alone: nobody is invited to a trip that did not exist, so no one else holds a read it
    /// changes (an invitation to it can only follow its commit).
    /// </summary>
    public ValueTask<Trip> InsertTripAsync(Guid userId, TripFields fields, CancellationToken cancellationToken) =>
        executor.WriteSingleAsync<Trip, TripRow>(InsertTrip, fields.ToParameters(id: null, userId), DataChange.TripCreated(userId), cancellationToken);

    /// <summary>The updated trip, or null when it does not exist or the user does not own it.</summary>
    public ValueTask<Trip?> UpdateTripAsync(Guid tripId, Guid userId, TripFields fields, CancellationToken cancellationToken) =>
        executor.WriteOwnerTripsOrDefaultAsync<Trip>(UpdateTrip, fields.ToParameters(tripId, userId), userId, cancellationToken);

    /// <summary>
    /// True when the trip was deleted. The owner's audience is read before the delete takes the trip's invitations
    /// with it (<see cref="OwnerTripsWrite"/>), so the change names everyone who may hold a copy of the trip.
    /// </summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<bool> DeleteTripAsync(Guid tripId, Guid userId, CancellationToken cancellationToken) =>
        await executor.WriteOwnerTripsOrDefaultAsync<Guid?>(DeleteTrip, new { Id = tripId, UserId = userId }, userId, cancellationToken).ConfigureAwait(false) is not null;

    public ValueTask<TripStatistics> GetTripStatisticsAsync(Guid userId, DateOnly today, CancellationToken cancellationToken) =>
        executor.QuerySingleAsync<TripStatistics>(GetTripStatistics, new { UserId = userId, Today = today }, cancellationToken);

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<List<TripSummary>> SearchTripsAsync(Guid userId, string query, int limit, CancellationToken cancellationToken)
    {
        var search = await HasSharedTripsAsync(userId, cancellationToken).ConfigureAwait(false) ? SearchVisibleTrips : SearchTrips;
        return await executor.QueryAsync<TripSummary>(search, new { UserId = userId, Query = query, Limit = limit }, cancellationToken).ConfigureAwait(false);
    }

    // Whether to read shared trips too: those live on their owners' shards, so a list or search that includes
    // them reads every shard of a cluster; a user who never accepted an invitation is answered from their own.
    private ValueTask<bool> HasSharedTripsAsync(Guid userId, CancellationToken cancellationToken) =>
        executor.QuerySingleAsync<bool>(UserHasSharedTrips, new { UserId = userId }, cancellationToken);

    public ValueTask<StandaloneItems> GetStandaloneItemsAsync(Guid userId, CancellationToken cancellationToken) =>
        executor.QueryResultSetsAsync(
            GetStandaloneItems,
            new { UserId = userId },
            static async sets => new StandaloneItems(
                await sets.ReadListAsync<Flight>().ConfigureAwait(false),
                await sets.ReadListAsync<Hotel>().ConfigureAwait(false),
                await sets.ReadListAsync<Transportation>().ConfigureAwait(false),
                await sets.ReadListAsync<CarRental>().ConfigureAwait(false),
                await sets.ReadListAsync<TravelEvent>().ConfigureAwait(false)),
            cancellationToken);
}

/// <summary>A trip's validated, normalised fields as the SQL takes them.</summary>
internal sealed record TripFields(string Name, DateOnly DepartureDate, DateOnly ReturnDate, TripPurpose Purpose, string? Description)
{
    public object ToParameters(Guid? id, Guid userId) => new
    {
        Id = id,
        UserId = userId,
        Name,
        DepartureDate,
        ReturnDate,
        Purpose = DbCodes.Of(Purpose),
        Description,
    };
}

