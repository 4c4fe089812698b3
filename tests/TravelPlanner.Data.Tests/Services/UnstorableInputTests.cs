using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Services;
using TravelPlanner.Data.Tests.Builders;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Services;

/// <summary>
/// Issue 14, items 10 and 11: input the database cannot store is refused with a <see cref="ValidationException"/> naming
/// the field, before any SQL runs, and nothing is written. Before: a lone surrogate let a raw EncoderFallbackException
/// escape every text entry point, a NUL came back as a DataAccessException wrapping PostgreSQL 22021, and
/// DateTime.MinValue / DateOnly.MinValue were stored as -infinity.
/// </summary>
public sealed class UnstorableInputTests(TestDatabase database) : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private TestServices _services = null!;

    public ValueTask InitializeAsync()
    {
        _services = TestServices.Create(database);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();

    // By name: xUnit serialises theory data as UTF-8, which would turn a lone surrogate into U+FFFD before the test sees it.
    private static readonly Dictionary<string, string> BadText = new()
    {
        ["lone high surrogate"] = "a\uD800b",
        ["lone low surrogate"] = "a\uDC00b",
        ["high surrogate at the end"] = "ab\uD83D",
        ["NUL"] = "a\0b",
    };

    /// <summary>Every text entry point, with the field it must name; <c>{0}</c> is the bad text.</summary>
    public static TheoryData<string> TextEntryPoints =>
    [
        "createTrip.name", "createTrip.description", "updateTrip.name", "searchTrips.query", "searchAirports.query", "airportByCode.code",
        "register.firstName", "register.email", "register.password", "authenticate.email", "authenticate.password", "findByEmail.email",
        "changePassword.newPassword", "changePassword.currentPassword",
        "flight.notes", "flight.origin", "hotel.name", "transportation.carrier", "carRental.company", "event.location",
        "companion.name", "companion.email", "searchCompanions.query", "voucher.issuer", "voucher.notes", "voucherFilter.status",
    ];

    public static TheoryData<string, string> TextCases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var entry in TextEntryPoints)
        {
            foreach (var kind in BadText.Keys)
            {
                cases.Add(entry, kind);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(TextCases))]
    public async Task Text_with_a_NUL_or_an_unpaired_surrogate_is_refused_naming_the_field_and_nothing_is_written(string entry, string kind)
    {
        var text = BadText[kind];
        var user = await UserBuilder.New().CreateAsync(_services.Get<IUserService>());
        var trip = await TripBuilder.For(user).CreateAsync(_services.Get<ITripService>());
        var before = await SnapshotAsync(user.Id);

        var error = await Assert.ThrowsAsync<ValidationException>(() => CallAsync(entry, text, user, trip));

        Assert.Equal(entry.Split('.')[1], error.Field);
        Assert.Equal(before, await SnapshotAsync(user.Id));
    }

    [Theory]
    [InlineData("flight.departureDateTime", "min")]
    [InlineData("flight.arrivalDateTime", "max")]
    [InlineData("hotel.checkInDateTime", "min")]
    [InlineData("event.startDateTime", "min")]
    [InlineData("carRental.pickupDateTime", "local-min")]
    public async Task DateTime_MinValue_and_MaxValue_are_refused_naming_the_field(string entry, string which)
    {
        var user = await UserBuilder.New().CreateAsync(_services.Get<IUserService>());
        var value = which switch
        {
            "min" => DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc),
            "max" => DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc),
            _ => DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Local),
        };
        var before = await SnapshotAsync(user.Id);

        var error = await Assert.ThrowsAsync<ValidationException>(() => entry switch
        {
            "flight.departureDateTime" => _services.Get<IFlightService>().CreateAsync(ItemInputs.Flight() with { DepartureDateTime = value }, user.Id),
            "flight.arrivalDateTime" => _services.Get<IFlightService>().CreateAsync(ItemInputs.Flight() with { ArrivalDateTime = value }, user.Id),
            "hotel.checkInDateTime" => _services.Get<IHotelService>().CreateAsync(ItemInputs.Hotel() with { CheckInDateTime = value }, user.Id),
            "event.startDateTime" => _services.Get<IEventService>().CreateAsync(ItemInputs.Event() with { StartDateTime = value }, user.Id),
            _ => (Task)_services.Get<ICarRentalService>().CreateAsync(ItemInputs.CarRental() with { PickupDateTime = value }, user.Id),
        });

        Assert.Equal(entry.Split('.')[1], error.Field);
        Assert.Equal(before, await SnapshotAsync(user.Id));
    }

    [Theory]
    [InlineData("trip.departureDate")]
    [InlineData("trip.returnDate")]
    [InlineData("voucher.expirationDate")]
    [InlineData("companion.dateOfBirth")]
    public async Task DateOnly_MinValue_and_MaxValue_are_refused_naming_the_field(string entry)
    {
        var user = await UserBuilder.New().CreateAsync(_services.Get<IUserService>());
        var before = await SnapshotAsync(user.Id);

        var error = await Assert.ThrowsAsync<ValidationException>(() => entry switch
        {
            "trip.departureDate" => _services.Get<ITripService>().CreateTripAsync(TripBuilder.For(user).Departing(DateOnly.MinValue).Build(), user.Id),
            "trip.returnDate" => _services.Get<ITripService>().CreateTripAsync(TripBuilder.For(user).Returning(DateOnly.MaxValue).Build(), user.Id),
            "voucher.expirationDate" => _services.Get<IVoucherService>().CreateVoucherAsync(VoucherBuilder.New().Expiring(DateOnly.MaxValue).Build(), user.Id),
            _ => (Task)_services.Get<ICompanionService>().CreateCompanionAsync(CompanionBuilder.New().Born(DateOnly.MinValue).Build(), user.Id),
        });

        Assert.Equal(entry.Split('.')[1], error.Field);
        Assert.Equal(before, await SnapshotAsync(user.Id));
    }

    // numeric(10,2): at most two decimals and below 10^8; decimal.MaxValue is far outside.
    [Theory]
    [InlineData("max")]
    [InlineData("100000000")]
    [InlineData("0.001")]
    [InlineData("-0.01")]
    public async Task Amounts_outside_numeric_10_2_are_refused_naming_the_field(string amount)
    {
        var user = await UserBuilder.New().CreateAsync(_services.Get<IUserService>());
        var value = amount == "max" ? decimal.MaxValue : decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);
        var before = await SnapshotAsync(user.Id);

        var error = await Assert.ThrowsAsync<ValidationException>(
            () => _services.Get<IVoucherService>().CreateVoucherAsync(VoucherBuilder.New().Worth(value).Build(), user.Id));

        Assert.Equal("totalValue", error.Field);
        Assert.Equal(before, await SnapshotAsync(user.Id));
    }

    private Task CallAsync(string entry, string bad, User user, Trip trip)
    {
        var trips = _services.Get<ITripService>();
        var users = _services.Get<IUserService>();
        var vouchers = _services.Get<IVoucherService>();
        var companions = _services.Get<ICompanionService>();
        var named = "x" + bad + "y";
        return entry switch
        {
            "createTrip.name" => trips.CreateTripAsync(TripBuilder.For(user).Named(named).Build(), user.Id),
            "createTrip.description" => trips.CreateTripAsync(TripBuilder.For(user).Described(named).Build(), user.Id),
            "updateTrip.name" => trips.UpdateTripAsync(trip.Id, new UpdateTrip(named, trip.DepartureDate, trip.ReturnDate), user.Id),
            "searchTrips.query" => trips.SearchTripsAsync(user.Id, named),
            "searchAirports.query" => _services.Get<IAirportService>().SearchAirportsAsync(named),
            "airportByCode.code" => _services.Get<IAirportService>().GetAirportByCodeAsync("L" + bad),
            "register.firstName" => users.RegisterAsync(UserBuilder.New().Named(named).Build()),
            "register.email" => users.RegisterAsync(UserBuilder.New().WithEmail($"a{bad}@example.com").Build()),
            "register.password" => users.RegisterAsync(UserBuilder.New().WithPassword("long enough " + bad).Build()),
            "authenticate.email" => users.AuthenticateAsync(user.Email + bad, UserBuilder.DefaultPassword),
            "authenticate.password" => users.AuthenticateAsync(user.Email, UserBuilder.DefaultPassword + bad),
            "findByEmail.email" => users.FindByEmailAsync(user.Email + bad),
            "changePassword.newPassword" => users.ChangePasswordAsync(user.Id, UserBuilder.DefaultPassword, "long enough " + bad),
            "changePassword.currentPassword" => users.ChangePasswordAsync(user.Id, UserBuilder.DefaultPassword + bad, "long enough new"),
            "flight.notes" => _services.Get<IFlightService>().CreateAsync(ItemInputs.Flight() with { Notes = named }, user.Id),
            "flight.origin" => _services.Get<IFlightService>().CreateAsync(ItemInputs.Flight() with { Origin = "L" + bad }, user.Id),
            "hotel.name" => _services.Get<IHotelService>().CreateAsync(ItemInputs.Hotel() with { Name = named }, user.Id),
            "transportation.carrier" => _services.Get<ITransportationService>().CreateAsync(ItemInputs.Transportation() with { Carrier = named }, user.Id),
            "carRental.company" => _services.Get<ICarRentalService>().CreateAsync(ItemInputs.CarRental() with { Company = named }, user.Id),
            "event.location" => _services.Get<IEventService>().CreateAsync(ItemInputs.Event() with { Location = named }, user.Id),
            "companion.name" => companions.CreateCompanionAsync(CompanionBuilder.New().Named(named).Build(), user.Id),
            "companion.email" => companions.CreateCompanionAsync(CompanionBuilder.New().WithEmail($"a{bad}@example.com").Build(), user.Id),
            "searchCompanions.query" => companions.SearchCompanionsAsync(user.Id, named),
            "voucher.issuer" => vouchers.CreateVoucherAsync(VoucherBuilder.New().Build() with { Issuer = named }, user.Id),
            "voucher.notes" => vouchers.CreateVoucherAsync(VoucherBuilder.New().WithNotes(named).Build(), user.Id),
            "voucherFilter.status" => vouchers.GetUserVouchersAsync(user.Id, new VoucherFilter(Status: "OPEN" + bad)),
            _ => throw new ArgumentOutOfRangeException(nameof(entry), entry, "no such entry point"),
        };
    }

    /// <summary>Everything a user owns, as counts: a refused call must leave it as it was.</summary>
    private async Task<string> SnapshotAsync(Guid userId)
    {
        var trips = (await _services.Get<ITripService>().GetUserTripsAsync(userId)).TotalCount;
        var items = await _services.Get<ITripService>().GetStandaloneItemsAsync(userId);
        var companions = (await _services.Get<ICompanionService>().GetUserCompanionsAsync(userId)).Total;
        var vouchers = (await _services.Get<IVoucherService>().GetUserVouchersAsync(userId)).Count;
        var user = await _services.Get<IUserService>().GetByIdAsync(userId);
        return $"{trips} {items.Flights.Count} {items.Hotels.Count} {items.Transportation.Count} {items.CarRentals.Count} {items.Events.Count} {companions} {vouchers} {user.UpdatedAt:O}";
    }
}
