using Npgsql;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Services;
using TravelPlanner.Data.Tests.Builders;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Citus;

/// <summary>
/// Every call that concerns one user's own rows runs as single-shard router queries on the cluster. The
/// checked calls run on connections with <c>citus.multi_task_query_log_level = error</c>, so Citus refuses
/// any statement it would split into tasks on several shards, and the call fails naming it.
/// Cross-user reads (docs/scaling.md) are not in this list. Citus only (<c>./build.sh test-citus</c>).
/// </summary>
[Trait(PostgresFixture.TargetTrait, "citus")]
public sealed class RouterPlanTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private TestServices _setup = null!;
    private TestServices _routed = null!;

    public ValueTask InitializeAsync()
    {
        PostgresFixture.RequireCitus();
        _setup = TestServices.Create(database);
        var strict = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Options = "-c citus.multi_task_query_log_level=error" };
        _routed = TestServices.Create(database, options => options.ConnectionString = strict.ConnectionString);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        if (_setup is not null)
        {
            await _setup.DisposeAsync();
            await _routed.DisposeAsync();
        }
    }

    [Fact]
    public async Task User_calls_are_router_queries()
    {
        var users = _routed.Get<IUserService>();
        var user = await UserBuilder.New().CreateAsync(users);

        await users.GetByIdAsync(user.Id);
        await users.FindByEmailAsync(user.Email);
        await users.AuthenticateAsync(user.Email, UserBuilder.DefaultPassword);
        await users.ChangePasswordAsync(user.Id, UserBuilder.DefaultPassword, "another good passphrase");
    }

    [Fact]
    public async Task Trip_and_item_calls_of_the_owner_are_router_queries()
    {
        var user = await UserBuilder.New().CreateAsync(_setup.Get<IUserService>());
        var trips = _routed.Get<ITripService>();
        var flights = _routed.Get<IFlightService>();
        var hotels = _routed.Get<IHotelService>();
        var transport = _routed.Get<ITransportationService>();
        var cars = _routed.Get<ICarRentalService>();
        var events = _routed.Get<IEventService>();

        var trip = await TripBuilder.For(user).CreateAsync(trips);
        var flight = await flights.CreateAsync(ItemInputs.Flight(trip.Id), user.Id);
        await flights.GetAsync(flight.Id, user.Id);
        await flights.UpdateAsync(flight.Id, ItemInputs.Flight(trip.Id, 1), user.Id);
        var hotel = await hotels.CreateAsync(ItemInputs.Hotel(trip.Id), user.Id);
        await hotels.UpdateAsync(hotel.Id, ItemInputs.Hotel(null), user.Id);
        var train = await transport.CreateAsync(ItemInputs.Transportation(trip.Id), user.Id);
        await transport.GetAsync(train.Id, user.Id);
        var car = await cars.CreateAsync(ItemInputs.CarRental(null), user.Id);
        await cars.GetAsync(car.Id, user.Id);
        var show = await events.CreateAsync(ItemInputs.Event(trip.Id), user.Id);
        await events.GetAsync(show.Id, user.Id);

        await trips.GetUserTripsAsync(user.Id, TripFilter.Upcoming);
        await trips.SearchTripsAsync(user.Id, "Trip");
        await trips.GetTripWithDetailsAsync(trip.Id, user.Id);
        await trips.GetTripStatisticsAsync(user.Id);
        await trips.GetStandaloneItemsAsync(user.Id);
        await trips.UpdateTripAsync(trip.Id, new UpdateTrip("Renamed", trip.DepartureDate, trip.ReturnDate, TripPurpose.Business), user.Id);

        await events.DeleteAsync(show.Id, user.Id);
        await cars.DeleteAsync(car.Id, user.Id);
        await transport.DeleteAsync(train.Id, user.Id);
        await hotels.DeleteAsync(hotel.Id, user.Id);
        await flights.DeleteAsync(flight.Id, user.Id);
        await trips.DeleteTripAsync(trip.Id, user.Id);
    }

    [Fact]
    public async Task Companion_calls_are_router_queries()
    {
        var user = await UserBuilder.New().CreateAsync(_setup.Get<IUserService>());
        var account = await UserBuilder.New().CreateAsync(_setup.Get<IUserService>());
        var trip = await TripBuilder.For(user).CreateAsync(_setup.Get<ITripService>());
        var flight = await _setup.Get<IFlightService>().CreateAsync(ItemInputs.Flight(trip.Id), user.Id);
        var companions = _routed.Get<ICompanionService>();
        var travelers = _routed.Get<IItemCompanionService>();

        var companion = await companions.CreateCompanionAsync(new CompanionDetails("Grace", "grace@example.com"), user.Id);
        await companions.UpdateCompanionAsync(companion.Id, new CompanionDetails("Grace H", "grace@example.com"), user.Id);
        await companions.GetUserCompanionsAsync(user.Id);
        await companions.SearchCompanionsAsync(user.Id, "gra");
        await companions.AddCompanionToTripAsync(companion.Id, trip.Id, user.Id);
        await companions.RemoveCompanionFromTripAsync(companion.Id, trip.Id, user.Id);
        await travelers.AssignTravelerAsync(ItemType.Flight, flight.Id, TravelerType.Companion, companion.Id, user.Id);
        await travelers.GetItemTravelersAsync(ItemType.Flight, flight.Id, user.Id);
        await travelers.UnassignTravelerAsync(ItemType.Flight, flight.Id, TravelerType.Companion, companion.Id, user.Id);
        await companions.LinkCompanionToAccountAsync(companion.Id, account.Id, user.Id);
        await companions.DeleteCompanionAsync(companion.Id, user.Id);
    }

    [Fact]
    public async Task Voucher_calls_are_router_queries()
    {
        var user = await UserBuilder.New().CreateAsync(_setup.Get<IUserService>());
        var flight = await _setup.Get<IFlightService>().CreateAsync(ItemInputs.Flight(), user.Id);
        var vouchers = _routed.Get<IVoucherService>();

        var voucher = await VoucherBuilder.New().Worth(100m).CreateAsync(vouchers, user.Id);
        var spare = await VoucherBuilder.New().CreateAsync(vouchers, user.Id);
        await vouchers.GetVoucherAsync(voucher.Id, user.Id);
        await vouchers.UpdateVoucherAsync(voucher.Id, VoucherBuilder.New().Numbered(voucher.VoucherNumber).Worth(120m).Build(), user.Id);
        await vouchers.AttachVoucherToFlightAsync(voucher.Id, flight.Id, "USER", user.Id, 20m, user.Id);
        await vouchers.GetVoucherAttachmentsAsync(voucher.Id, user.Id);
        await vouchers.GetUserVouchersAsync(user.Id);
        await vouchers.GetExpiringVouchersAsync(user.Id);
        await vouchers.GetVoucherStatisticsAsync(user.Id);
        await vouchers.ReissueVoucherAsync(voucher.Id, user.Id);
        await vouchers.DeleteVoucherAsync(spare.Id, user.Id);
    }
}
