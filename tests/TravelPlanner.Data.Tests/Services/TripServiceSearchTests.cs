using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Services;
using TravelPlanner.Data.Tests.Builders;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Services;

/// <summary>Searching trips by name and description, with the LIKE wildcards taken literally.</summary>
public sealed class TripServiceSearchTests(TestDatabase database) : ServiceTestBase(database)
{
    private ITripService Trips => Services.Get<ITripService>();

    [Fact]
    public async Task Search_matches_name_or_description_ignoring_case()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        await TripBuilder.For(user).Named("Kyoto temples").CreateAsync(Trips);
        await TripBuilder.For(user).Named("Spring").Described("Cherry blossoms in KYOTO").CreateAsync(Trips);
        await TripBuilder.For(user).Named("Lisbon").Described("Custard tarts").CreateAsync(Trips);

        var found = await Trips.SearchTripsAsync(user.Id, "  kyoto ");

        Assert.Equal(["Kyoto temples", "Spring"], found.Select(t => t.Name).Order());
    }

    [Theory]
    [InlineData("%", "100% fun")]
    [InlineData("_", "snake_case trip")]
    [InlineData("\\", "back\\slash")]
    [InlineData("'s", "O'Brien's")]
    [InlineData("\"", "The \"big\" one")]
    [InlineData("'; drop table trips; --", "'; drop table trips; --")]
    public async Task Wildcards_quotes_and_sql_match_literally(string query, string expected)
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        foreach (var name in new[] { "100% fun", "100 fun", "snake_case trip", "snakeXcase trip", "back\\slash", "backslash", "O'Brien's", "The \"big\" one", "'; drop table trips; --", "drop table" })
        {
            await TripBuilder.For(user).Named(name).CreateAsync(Trips);
        }

        var found = await Trips.SearchTripsAsync(user.Id, query);

        Assert.Equal(expected, Assert.Single(found).Name);
        Assert.Equal(10, (await Trips.GetUserTripsAsync(user.Id)).TotalCount);
    }

    [Fact]
    public async Task Search_covers_shared_trips_but_not_other_users_trips()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var friend = await UserBuilder.New().CreateAsync(Users);
        var stranger = await UserBuilder.New().CreateAsync(Users);
        await TripBuilder.For(user).Named("Alps mine").CreateAsync(Trips);
        var shared = await TripBuilder.For(friend).Named("Alps shared").CreateAsync(Trips);
        await TripBuilder.For(friend).Named("Alps not shared").CreateAsync(Trips);
        await TripBuilder.For(stranger).Named("Alps stranger").CreateAsync(Trips);
        await new InvitationRowBuilder(Database.DataSource).AcceptedAsync(shared.Id, user.Id, friend.Id);

        var found = await Trips.SearchTripsAsync(user.Id, "alps");

        Assert.Equal([("Alps mine", false), ("Alps shared", true)], found.Select(t => (t.Name, t.IsShared)).Order());
    }

    [Fact]
    public async Task Search_returns_at_most_the_limit_newest_departure_first()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        for (var i = 1; i <= 5; i++)
        {
            await TripBuilder.For(user).Named($"Beach {i}").Departing(new DateOnly(2030, i, 1)).Returning(new DateOnly(2030, i, 2)).CreateAsync(Trips);
        }

        var found = await Trips.SearchTripsAsync(user.Id, "beach", limit: 2);

        Assert.Equal(["Beach 5", "Beach 4"], found.Select(t => t.Name));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task A_blank_query_is_refused(string query)
    {
        var error = await Assert.ThrowsAsync<ValidationException>(() => Trips.SearchTripsAsync(Guid.NewGuid(), query));

        Assert.Equal("query", error.Field);
    }
}
