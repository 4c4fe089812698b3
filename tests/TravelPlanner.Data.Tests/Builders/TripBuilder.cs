using TravelPlanner.Data.Models;
using TravelPlanner.Data.Services;

namespace TravelPlanner.Data.Tests.Builders;

/// <summary>Trips through the service: <c>await TripBuilder.For(user).Departing(d).Returning(r).CreateAsync(trips)</c>.</summary>
public sealed class TripBuilder
{
    private readonly Guid _userId;
    private string _name = "Trip " + Guid.NewGuid().ToString("N")[..8];
    private DateOnly _departure = new(2030, 7, 1);
    private DateOnly _return = new(2030, 7, 10);
    private TripPurpose _purpose = TripPurpose.Pleasure;
    private string? _description;

    private TripBuilder(Guid userId) => _userId = userId;

    public static TripBuilder For(User user) => new(user.Id);

    public static TripBuilder For(Guid userId) => new(userId);

    public TripBuilder Named(string name)
    {
        _name = name;
        return this;
    }

    public TripBuilder Departing(DateOnly date)
    {
        _departure = date;
        return this;
    }

    public TripBuilder Returning(DateOnly date)
    {
        _return = date;
        return this;
    }

    public TripBuilder For(TripPurpose purpose)
    {
        _purpose = purpose;
        return this;
    }

    public TripBuilder Described(string? description)
    {
        _description = description;
        return this;
    }

    public CreateTrip Build() => new(_name, _departure, _return, _purpose, _description);

    public Task<Trip> CreateAsync(ITripService trips) => trips.CreateTripAsync(Build(), _userId);
}
