using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Services;
using TravelPlanner.Data.Tests.Builders;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Services;

/// <summary>
/// A null command or input is a <see cref="ValidationException"/> naming it, like every other bad input
/// (regression: the item, trip and user services threw <see cref="ArgumentNullException"/>).
/// </summary>
public sealed class RequiredInputTests(TestDatabase database) : ServiceTestBase(database)
{
    public static TheoryData<string, string> Calls => new()
    {
        { "register", "registration" },
        { "create trip", "command" },
        { "update trip", "command" },
        { "create flight", "input" },
        { "update hotel", "input" },
        { "create transportation", "input" },
        { "create car rental", "input" },
        { "create event", "input" },
        { "create companion", "details" },
        { "create voucher", "details" },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task A_null_command_is_a_validation_error_naming_it(string call, string field)
    {
        var user = (await UserBuilder.New().CreateAsync(Services.Get<IUserService>())).Id;
        var id = Guid.NewGuid();
        Func<Task> act = call switch
        {
            "register" => () => Services.Get<IUserService>().RegisterAsync(null!),
            "create trip" => () => Services.Get<ITripService>().CreateTripAsync(null!, user),
            "update trip" => () => Services.Get<ITripService>().UpdateTripAsync(id, null!, user),
            "create flight" => () => Services.Get<IFlightService>().CreateAsync(null!, user),
            "update hotel" => () => Services.Get<IHotelService>().UpdateAsync(id, null!, user),
            "create transportation" => () => Services.Get<ITransportationService>().CreateAsync(null!, user),
            "create car rental" => () => Services.Get<ICarRentalService>().CreateAsync(null!, user),
            "create event" => () => Services.Get<IEventService>().CreateAsync(null!, user),
            "create companion" => () => Services.Get<ICompanionService>().CreateCompanionAsync(null!, user),
            "create voucher" => () => Services.Get<IVoucherService>().CreateVoucherAsync(null!, user),
            _ => throw new ArgumentOutOfRangeException(nameof(call)),
        };

        var error = await Assert.ThrowsAsync<ValidationException>(act);

        Assert.Equal(field, error.Field);
    }

    [Fact]
    public async Task A_companion_page_far_past_the_end_is_empty_with_the_right_total()
    {
        var user = (await UserBuilder.New().CreateAsync(Services.Get<IUserService>())).Id;
        await CompanionBuilder.New().CreateAsync(Services.Get<ICompanionService>(), user);

        var page = await Services.Get<ICompanionService>().GetUserCompanionsAsync(user, page: int.MaxValue, limit: 100);

        Assert.Empty(page.Items);
        Assert.Equal(1, page.Total);
    }
}
