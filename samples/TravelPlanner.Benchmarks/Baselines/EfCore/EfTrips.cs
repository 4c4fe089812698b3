using Microsoft.EntityFrameworkCore;
using TravelPlanner.Data.Models;

namespace TravelPlanner.Benchmarks.Baselines.EfCore;

/// <summary>
/// Trip reads and the create in LINQ, AsNoTracking: what a .NET team would write for the same results.
/// EF sends one command per query, so the list costs two round trips and the details eight.
/// </summary>
internal sealed class EfTrips(IDbContextFactory<TravelDbContext> contexts)
{
    public async Task<PagedResult<TripSummary>> ListUpcomingTripsAsync(Guid userId, DateOnly today, int page, int limit)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var visible = db.Trips.AsNoTracking()
            .Where(t => t.UserId == userId || t.Invitations.Any(i => i.InvitedUserId == userId && i.Status == "accepted"))
            .Where(t => t.DepartureDate >= today);
        var total = await visible.CountAsync();
        var rows = await visible
            .OrderBy(t => t.DepartureDate).ThenBy(t => t.Id)
            .Skip((page - 1) * limit).Take(limit)
            .Select(t => new
            {
                Trip = t,
                Flights = t.Flights.Count,
                Hotels = t.Hotels.Count,
                Transportation = t.Transportation.Count,
                CarRentals = t.CarRentals.Count,
                Events = t.Events.Count,
            })
            .ToListAsync();
        var items = rows.ConvertAll(r => new TripSummary(
            r.Trip.Id, r.Trip.UserId, r.Trip.Name, r.Trip.DepartureDate, r.Trip.ReturnDate,
            Enum.Parse<TripPurpose>(r.Trip.Purpose, ignoreCase: true), r.Trip.Description, r.Trip.CreatedAt, r.Trip.UpdatedAt,
            r.Trip.UserId != userId, r.Flights, r.Hotels, r.Transportation, r.CarRentals, r.Events));
        return new PagedResult<TripSummary>(items, page, limit, total);
    }

    public async Task<TripDetails?> GetTripWithDetailsAsync(Guid tripId, Guid userId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var trip = await db.Trips.AsNoTracking()
            .Where(t => t.Id == tripId && (t.UserId == userId || t.Invitations.Any(i => i.InvitedUserId == userId && i.Status == "accepted")))
            .SingleOrDefaultAsync();
        if (trip is null)
        {
            return null;
        }

        var flights = await (
                from f in db.Flights.AsNoTracking()
                where f.TripId == tripId
                join o in db.Airports on f.Origin equals o.Iata into origins
                from o in origins.DefaultIfEmpty()
                join d in db.Airports on f.Destination equals d.Iata into destinations
                from d in destinations.DefaultIfEmpty()
                orderby f.DepartureDateTime, f.Id
                select new Flight(f.Id, f.UserId, f.TripId, f.FlightNumber, f.Origin, f.Destination, f.DepartureDateTime, f.ArrivalDateTime,
                    f.SeatNumber, f.ConfirmationCode, f.Notes, o.Name, o.City, d.Name, d.City, f.CreatedAt, f.UpdatedAt))
            .ToListAsync();
        var hotels = await db.Hotels.AsNoTracking().Where(h => h.TripId == tripId).OrderBy(h => h.CheckInDateTime).ThenBy(h => h.Id).ToListAsync();
        var transportation = await db.Transportation.AsNoTracking().Where(x => x.TripId == tripId).OrderBy(x => x.DepartureDateTime).ThenBy(x => x.Id).ToListAsync();
        var carRentals = await db.CarRentals.AsNoTracking().Where(c => c.TripId == tripId).OrderBy(c => c.PickupDateTime).ThenBy(c => c.Id).ToListAsync();
        var events = await db.Events.AsNoTracking().Where(e => e.TripId == tripId).OrderBy(e => e.StartDateTime).ThenBy(e => e.Id).ToListAsync();
        var companions = await db.TripCompanions.AsNoTracking()
            .Where(tc => tc.TripId == tripId)
            .OrderBy(tc => tc.Companion.Name).ThenBy(tc => tc.CompanionId)
            .Select(tc => new TripCompanionSummary(tc.CompanionId, tc.Companion.Name, tc.Companion.Email, tc.Companion.Relationship, tc.Companion.UserId, tc.CreatedAt))
            .ToListAsync();

        var itemIds = flights.Select(f => f.Id).Concat(hotels.Select(h => h.Id)).Concat(transportation.Select(x => x.Id))
            .Concat(carRentals.Select(c => c.Id)).Concat(events.Select(e => e.Id)).ToList();
        var travellers = await (
                from ic in db.ItemCompanions.AsNoTracking()
                where itemIds.Contains(ic.ItemId)
                join c in db.TravelCompanions on new { Id = ic.TravelerId, Type = ic.TravelerType } equals new { c.Id, Type = "COMPANION" } into cs
                from c in cs.DefaultIfEmpty()
                join u in db.Users on new { Id = ic.TravelerId, Type = ic.TravelerType } equals new { u.Id, Type = "USER" } into us
                from u in us.DefaultIfEmpty()
                orderby ic.ItemType, ic.ItemId, ic.CreatedAt, ic.Id
                select new { ic, Name = c != null ? c.Name : u.FirstName + " " + u.LastName })
            .ToListAsync();
        var itemCompanions = travellers.ConvertAll(t => new ItemCompanion(
            t.ic.Id, Enum.Parse<ItemType>(t.ic.ItemType.Replace("_", "", StringComparison.Ordinal), ignoreCase: true), t.ic.ItemId,
            Enum.Parse<TravelerType>(t.ic.TravelerType, ignoreCase: true), t.ic.TravelerId, t.Name, t.ic.CreatedAt));

        return new TripDetails(EfMap.Trip(trip), trip.UserId != userId, flights, hotels.ConvertAll(EfMap.Hotel),
            transportation.ConvertAll(EfMap.Transportation), carRentals.ConvertAll(EfMap.CarRental), events.ConvertAll(EfMap.Event),
            companions, itemCompanions);
    }

    public async Task<Trip> CreateTripAsync(Guid userId, CreateTrip command)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var trip = new EfTrip
        {
            UserId = userId,
            Name = command.Name,
            DepartureDate = command.DepartureDate,
            ReturnDate = command.ReturnDate,
            Purpose = command.Purpose.ToString().ToLowerInvariant(),
            Description = command.Description,
        };
        db.Trips.Add(trip);
        await db.SaveChangesAsync();
        return EfMap.Trip(trip);
    }
}
