using TravelPlanner.Data.Services;
using TravelPlanner.Data.Sql;
using TravelPlanner.Data.Tests.Builders;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Sql;

/// <summary>
/// The reads on the library's hot paths (what <c>ceiling</c> and the mixed load run, and what a cached service runs on
/// a miss: trip, voucher and companion lists, statistics, airports) settle on generic plans (<see cref="PreparedPlans"/>). Twice in issue 16 a statement turned out to be
/// planned again on every call (the airport search, then five statements of the trip details batch); this keeps the
/// others from drifting there. The search and the details batch are checked beside their services' tests.
/// </summary>
public sealed class GenericPlanTests(TestDatabase database) : ServiceTestBase(database)
{
    [Theory]
    [Trait(PostgresFixture.TargetTrait, "postgres")]
    [InlineData("airports/get_airport_by_code")]
    [InlineData("trips/list_user_trips")]
    [InlineData("trips/list_visible_trips")]
    [InlineData("trips/get_trip_statistics")]
    [InlineData("trips/search_trips")]
    [InlineData("trips/search_visible_trips")]
    [InlineData("trips/get_standalone_items")]
    [InlineData("vouchers/list_user_vouchers")]
    [InlineData("companions/list_user_companions")]
    public async Task A_hot_read_settles_on_its_generic_plan(string query)
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        await TripBuilder.For(user).CreateAsync(Services.Get<ITripService>());
        // The values the library binds, as the mixed load reads them; each statement gets the ones it names.
        var values = new Dictionary<string, object>
        {
            ["Code"] = "LHR",
            ["UserId"] = user.Id,
            ["Filter"] = "all",
            ["Today"] = Today,
            ["Limit"] = 20,
            ["Offset"] = 0,
            ["Query"] = "trip",
            // The voucher list's optional filters, unset (the statement casts them).
            ["Status"] = DBNull.Value,
            ["Type"] = DBNull.Value,
            ["Currency"] = DBNull.Value,
            ["ExpiringBefore"] = DBNull.Value,
        };

        await AssertSettlesAsync(query, values);
    }

    [Theory]
    [Trait(PostgresFixture.TargetTrait, "postgres")]
    [InlineData("item_companions/list_item_companions")]
    [InlineData("item_companions/delete_item_companion")]
    [InlineData("item_companions/lock_item_and_traveler")]
    public async Task An_item_companion_statement_settles_on_its_generic_plan_whatever_the_item_type(string query)
    {
        // One test per item table in each statement. Written as parameters alone, the list's and the delete's custom
        // plans kept one probe of five and always looked cheaper, so every call was planned again (8 custom plans, no
        // generic one). The lock's CTEs settle as they are (it has more relations, so a larger planning charge).
        var user = await UserBuilder.New().CreateAsync(Users);
        var values = new Dictionary<string, object>
        {
            ["UserId"] = user.Id,
            ["ItemType"] = "HOTEL",
            ["ItemId"] = Guid.NewGuid(),
            ["TravelerType"] = "COMPANION",
            ["TravelerId"] = Guid.NewGuid(),
        };

        await AssertSettlesAsync(query, values);
    }

    private async Task AssertSettlesAsync(string query, Dictionary<string, object> values)
    {
        var statements = await PreparedPlans.RunAsync(Database.ConnectionString, QueryCatalog.Read(query).Text, values);

        Assert.NotEmpty(statements);
        Assert.All(statements, s => Assert.True(s.Generic > 0, $"planned on every call: {s}"));
    }
}
