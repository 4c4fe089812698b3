using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Services;
using TravelPlanner.Data.Tests.Builders;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Services;

public sealed class EventServiceTests(TestDatabase database) : ServiceTestBase(database)
{
    private IEventService Events => Services.Get<IEventService>();

    [Fact]
    public async Task An_event_is_created_read_updated_and_deleted_by_its_owner()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var trip = await TripBuilder.For(user).CreateAsync(Services.Get<ITripService>());

        var created = await Events.CreateAsync(ItemInputs.Event(trip.Id), user.Id);
        var read = await Events.GetAsync(created.Id, user.Id);
        var updated = await Events.UpdateAsync(created.Id, ItemInputs.Event(trip.Id) with { Name = "Last Night", Location = null }, user.Id);
        await Events.DeleteAsync(created.Id, user.Id);

        Assert.Equal((trip.Id, "Proms", "Royal Albert Hall"), (created.TripId, created.Name, created.Location));
        Assert.Equal(created, read);
        Assert.Equal(("Last Night", (string?)null), (updated.Name, updated.Location));
        await Assert.ThrowsAsync<NotFoundException>(() => Events.GetAsync(created.Id, user.Id));
    }

    [Fact]
    public async Task An_event_may_be_a_moment_ending_when_it_starts()
    {
        var user = await UserBuilder.New().CreateAsync(Users);

        var moment = await Events.CreateAsync(ItemInputs.Event() with { EndDateTime = ItemInputs.Start }, user.Id);

        Assert.Equal(moment.StartDateTime, moment.EndDateTime);
    }

    [Theory]
    [InlineData("blank name", "name")]
    [InlineData("ends before it starts", "endDateTime")]
    [InlineData("location too long", "location")]
    public async Task Invalid_event_input_is_refused_naming_the_field_and_writes_nothing(string problem, string field)
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var valid = ItemInputs.Event();
        var input = problem switch
        {
            "blank name" => valid with { Name = "\t" },
            "ends before it starts" => valid with { EndDateTime = valid.StartDateTime.AddSeconds(-1) },
            _ => valid with { Location = new string('l', 256) },
        };

        var error = await Assert.ThrowsAsync<ValidationException>(() => Events.CreateAsync(input, user.Id));

        Assert.Equal(field, error.Field);
        Assert.Equal(0, await Rows.CountAsync("""select count(*) from events where "userId" = $1""", user.Id));
    }

    [Fact]
    public async Task Another_users_event_is_not_found_and_another_users_trip_is_refused()
    {
        var owner = await UserBuilder.New().CreateAsync(Users);
        var stranger = await UserBuilder.New().CreateAsync(Users);
        var strangersTrip = await TripBuilder.For(stranger).CreateAsync(Services.Get<ITripService>());
        var show = await Events.CreateAsync(ItemInputs.Event(), owner.Id);

        var read = await Assert.ThrowsAsync<NotFoundException>(() => Events.GetAsync(show.Id, stranger.Id));
        var update = await Assert.ThrowsAsync<NotFoundException>(() => Events.UpdateAsync(show.Id, ItemInputs.Event(), stranger.Id));
        var delete = await Assert.ThrowsAsync<NotFoundException>(() => Events.DeleteAsync(show.Id, stranger.Id));
        var move = await Assert.ThrowsAsync<NotFoundException>(() => Events.UpdateAsync(show.Id, ItemInputs.Event(strangersTrip.Id), owner.Id));

        Assert.Equal(("event", "event", "event", "trip"), (read.Resource, update.Resource, delete.Resource, move.Resource));
        Assert.Equal(show, await Events.GetAsync(show.Id, owner.Id));
    }
}
