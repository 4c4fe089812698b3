using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Services;
using TravelPlanner.Data.Tests.Builders;
using TravelPlanner.Data.Tests.Fixtures;
using TravelPlanner.Data.Tests.Schema;

namespace TravelPlanner.Data.Tests.Services;

public sealed class CompanionServiceTests(TestDatabase database) : ServiceTestBase(database)
{
    private ICompanionService Companions => Services.Get<ICompanionService>();

    [Fact]
    public async Task Creating_a_companion_trims_and_lower_cases_and_lists_it_for_its_creator_only()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var other = await UserBuilder.New().CreateAsync(Users);
        var email = $"Grace.{Guid.NewGuid():N}@Example.COM";

        var created = await Companions.CreateCompanionAsync(new CompanionDetails("  Grace Hopper ", $" {email} ", new DateOnly(1906, 12, 9), " colleague "), user.Id);

        Assert.Equal("Grace Hopper", created.Name);
        Assert.Equal(email.ToLowerInvariant(), created.Email);
        Assert.Equal("colleague", created.Relationship);
        Assert.Equal(new DateOnly(1906, 12, 9), created.DateOfBirth);
        Assert.Equal(user.Id, created.CreatedBy);
        Assert.Null(created.UserId);
        Assert.Equal([created], (await Companions.GetUserCompanionsAsync(user.Id)).Items);
        Assert.Empty((await Companions.GetUserCompanionsAsync(other.Id)).Items);
    }

    [Fact]
    public async Task Companions_are_paged_by_name_with_the_total()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        foreach (var name in new[] { "Carol", "alice", "Bob" })
        {
            await CompanionBuilder.New().Named(name).CreateAsync(Companions, user.Id);
        }

        var first = await Companions.GetUserCompanionsAsync(user.Id, page: 1, limit: 2);
        var second = await Companions.GetUserCompanionsAsync(user.Id, page: 2, limit: 2);

        Assert.Equal(["alice", "Bob"], first.Items.Select(c => c.Name));
        Assert.Equal(["Carol"], second.Items.Select(c => c.Name));
        Assert.Equal(3, first.Total);
        Assert.Equal(3, second.Total);
        await Assert.ThrowsAsync<ValidationException>(() => Companions.GetUserCompanionsAsync(user.Id, page: 0));
    }

    [Fact]
    public async Task A_second_companion_with_the_same_email_in_other_case_is_a_conflict_but_another_creator_may_use_it()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var other = await UserBuilder.New().CreateAsync(Users);
        var first = await CompanionBuilder.New().CreateAsync(Companions, user.Id);

        var error = await Assert.ThrowsAsync<ConflictException>(
            () => CompanionBuilder.New().WithEmail(first.Email!.ToUpperInvariant()).CreateAsync(Companions, user.Id));
        var othersCopy = await CompanionBuilder.New().WithEmail(first.Email).CreateAsync(Companions, other.Id);

        Assert.Equal("email", error.Field);
        Assert.Equal(first.Email, othersCopy.Email);
    }

    [Fact]
    public async Task Concurrent_creates_with_one_email_keep_one_and_refuse_the_rest_as_conflicts()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var email = $"race-{Guid.NewGuid():N}@example.com";

        var attempts = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            try
            {
                await CompanionBuilder.New().WithEmail(email).CreateAsync(Companions, user.Id);
                return null;
            }
            catch (Exception e)
            {
                return e;
            }
        }));

        Assert.Equal(1, attempts.Count(e => e is null));
        Assert.All(attempts.Where(e => e is not null), e => Assert.Equal("email", Assert.IsType<ConflictException>(e).Field));
    }

    [Theory]
    [InlineData(" ", "a@b.c", "name")]
    [InlineData("Grace", "not-an-email", "email")]
    public async Task Bad_companion_input_is_refused_naming_the_field(string name, string email, string field)
    {
        var user = await UserBuilder.New().CreateAsync(Users);

        var error = await Assert.ThrowsAsync<ValidationException>(() => Companions.CreateCompanionAsync(new CompanionDetails(name, email), user.Id));

        Assert.Equal(field, error.Field);
    }

    [Fact]
    public async Task A_date_of_birth_after_today_is_refused()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var tomorrow = DateOnly.FromDateTime(Services.Clock.GetUtcNow().UtcDateTime).AddDays(1);

        var error = await Assert.ThrowsAsync<ValidationException>(() => CompanionBuilder.New().Born(tomorrow).CreateAsync(Companions, user.Id));

        Assert.Equal("dateOfBirth", error.Field);
    }

    [Fact]
    public async Task Creating_a_companion_for_an_unknown_user_is_not_found()
    {
        var error = await Assert.ThrowsAsync<NotFoundException>(() => CompanionBuilder.New().CreateAsync(Companions, Guid.NewGuid()));

        Assert.Equal("user", error.Resource);
    }

    [Fact]
    public async Task The_creator_updates_and_deletes_a_companion_and_nobody_else_can()
    {
        var creator = await UserBuilder.New().CreateAsync(Users);
        var stranger = await UserBuilder.New().CreateAsync(Users);
        var companion = await CompanionBuilder.New().CreateAsync(Companions, creator.Id);
        var changes = new CompanionDetails("Grace B. Hopper", companion.Email, null, "mentor");

        await Assert.ThrowsAsync<NotFoundException>(() => Companions.UpdateCompanionAsync(companion.Id, changes, stranger.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => Companions.DeleteCompanionAsync(companion.Id, stranger.Id));
        Assert.Equal([companion], (await Companions.GetUserCompanionsAsync(creator.Id)).Items);

        var updated = await Companions.UpdateCompanionAsync(companion.Id, changes, creator.Id);
        Assert.Equal("Grace B. Hopper", updated.Name);
        Assert.Null(updated.DateOfBirth);
        Assert.Equal("mentor", updated.Relationship);

        await Companions.DeleteCompanionAsync(companion.Id, creator.Id);
        Assert.Empty((await Companions.GetUserCompanionsAsync(creator.Id)).Items);
        await Assert.ThrowsAsync<NotFoundException>(() => Companions.DeleteCompanionAsync(companion.Id, creator.Id));
    }

    [Fact]
    public async Task Updating_to_the_email_of_another_of_ones_companions_is_a_conflict()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var first = await CompanionBuilder.New().CreateAsync(Companions, user.Id);
        var second = await CompanionBuilder.New().CreateAsync(Companions, user.Id);

        var error = await Assert.ThrowsAsync<ConflictException>(
            () => Companions.UpdateCompanionAsync(second.Id, new CompanionDetails("Second", first.Email), user.Id));

        Assert.Equal("email", error.Field);
    }

    [Fact]
    public async Task A_companion_is_added_to_an_own_trip_once_and_removed_by_the_trip_owner()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var stranger = await UserBuilder.New().CreateAsync(Users);
        var trip = await Rows.TripAsync(user.Id);
        var companion = await CompanionBuilder.New().CreateAsync(Companions, user.Id);

        var added = await Companions.AddCompanionToTripAsync(companion.Id, trip, user.Id);
        var duplicate = await Assert.ThrowsAsync<ConflictException>(() => Companions.AddCompanionToTripAsync(companion.Id, trip, user.Id));

        Assert.Equal((trip, companion.Id), (added.TripId, added.CompanionId));
        Assert.Equal("companionId", duplicate.Field);
        await Assert.ThrowsAsync<NotFoundException>(() => Companions.RemoveCompanionFromTripAsync(companion.Id, trip, stranger.Id));
        await Companions.RemoveCompanionFromTripAsync(companion.Id, trip, user.Id);
        Assert.Equal(0, await Rows.CountAsync("select count(*) from trip_companions where \"tripId\" = $1", trip));
        await Assert.ThrowsAsync<NotFoundException>(() => Companions.RemoveCompanionFromTripAsync(companion.Id, trip, user.Id));
    }

    [Fact]
    public async Task Adding_to_another_users_trip_or_adding_another_users_companion_is_not_found()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var stranger = await UserBuilder.New().CreateAsync(Users);
        var ownTrip = await Rows.TripAsync(user.Id);
        var strangersTrip = await Rows.TripAsync(stranger.Id);
        var ownCompanion = await CompanionBuilder.New().CreateAsync(Companions, user.Id);
        var strangersCompanion = await CompanionBuilder.New().CreateAsync(Companions, stranger.Id);

        var trip = await Assert.ThrowsAsync<NotFoundException>(() => Companions.AddCompanionToTripAsync(ownCompanion.Id, strangersTrip, user.Id));
        var companion = await Assert.ThrowsAsync<NotFoundException>(() => Companions.AddCompanionToTripAsync(strangersCompanion.Id, ownTrip, user.Id));

        Assert.Equal("trip", trip.Resource);
        Assert.Equal("companion", companion.Resource);
        Assert.Equal(0, await Rows.CountAsync("select count(*) from trip_companions where \"tripId\" = any($1)", new[] { ownTrip, strangersTrip }));
    }

    [Fact]
    public async Task Search_matches_name_and_email_ignoring_case_within_the_users_companions()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var stranger = await UserBuilder.New().CreateAsync(Users);
        var byName = await CompanionBuilder.New().Named("Margaret Hamilton").CreateAsync(Companions, user.Id);
        var byEmail = await CompanionBuilder.New().Named("Someone").WithEmail($"hamilton-{Guid.NewGuid():N}@example.com").CreateAsync(Companions, user.Id);
        await CompanionBuilder.New().Named("Ada").CreateAsync(Companions, user.Id);
        await CompanionBuilder.New().Named("Hamilton Stranger").CreateAsync(Companions, stranger.Id);

        var found = await Companions.SearchCompanionsAsync(user.Id, "HAMILTON");

        Assert.Equal([byName.Id, byEmail.Id], found.Select(c => c.Id));
        Assert.Single(await Companions.SearchCompanionsAsync(user.Id, "hamilton", limit: 1));
        Assert.Empty(await Companions.SearchCompanionsAsync(user.Id, "  "));
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("\\")]
    public async Task Search_wildcards_match_literally(string wildcard)
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var literal = await CompanionBuilder.New().Named($"Odd{wildcard}Name").CreateAsync(Companions, user.Id);
        await CompanionBuilder.New().Named("Plain Name").CreateAsync(Companions, user.Id);

        var found = await Companions.SearchCompanionsAsync(user.Id, wildcard);

        Assert.Equal([literal.Id], found.Select(c => c.Id));
    }

    [Fact]
    public async Task Linking_sets_the_account_and_records_the_relationship()
    {
        var creator = await UserBuilder.New().CreateAsync(Users);
        var account = await UserBuilder.New().CreateAsync(Users);
        var companion = await CompanionBuilder.New().CreateAsync(Companions, creator.Id);

        var linked = await Companions.LinkCompanionToAccountAsync(companion.Id, account.Id, creator.Id);

        Assert.Equal(account.Id, linked.UserId);
        Assert.Equal(1, await Rows.CountAsync(
            "select count(*) from companion_relationships where \"companionId\" = $1 and \"userId\" = $2", companion.Id, account.Id));
        await Assert.ThrowsAsync<ConflictException>(() => Companions.LinkCompanionToAccountAsync(companion.Id, account.Id, creator.Id));
    }

    [Fact]
    public async Task Only_the_creator_links_and_only_to_an_existing_other_account()
    {
        var creator = await UserBuilder.New().CreateAsync(Users);
        var stranger = await UserBuilder.New().CreateAsync(Users);
        var account = await UserBuilder.New().CreateAsync(Users);
        var companion = await CompanionBuilder.New().CreateAsync(Companions, creator.Id);

        var notCreator = await Assert.ThrowsAsync<NotFoundException>(() => Companions.LinkCompanionToAccountAsync(companion.Id, account.Id, stranger.Id));
        var noAccount = await Assert.ThrowsAsync<NotFoundException>(() => Companions.LinkCompanionToAccountAsync(companion.Id, Guid.NewGuid(), creator.Id));
        var self = await Assert.ThrowsAsync<ValidationException>(() => Companions.LinkCompanionToAccountAsync(companion.Id, creator.Id, creator.Id));

        Assert.Equal("companion", notCreator.Resource);
        Assert.Equal("user", noAccount.Resource);
        Assert.Equal("accountUserId", self.Field);
        Assert.Equal(0, await Rows.CountAsync("select count(*) from companion_relationships where \"companionId\" = $1", companion.Id));
        Assert.Null((await Companions.GetUserCompanionsAsync(creator.Id)).Items.Single().UserId);
    }

    [Fact]
    public async Task Concurrent_links_to_different_accounts_leave_exactly_one_link_and_one_relationship()
    {
        var creator = await UserBuilder.New().CreateAsync(Users);
        var accounts = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => UserBuilder.New().CreateAsync(Users)));
        var companion = await CompanionBuilder.New().CreateAsync(Companions, creator.Id);

        var results = await Task.WhenAll(accounts.Select(async account =>
        {
            try
            {
                return (Account: account.Id, Error: (Exception?)null, Linked: (await Companions.LinkCompanionToAccountAsync(companion.Id, account.Id, creator.Id)).UserId);
            }
            catch (Exception e)
            {
                return (Account: account.Id, Error: e, Linked: null);
            }
        }));

        var winner = Assert.Single(results, r => r.Error is null);
        Assert.All(results.Where(r => r.Error is not null), r => Assert.IsType<ConflictException>(r.Error));
        Assert.Equal(winner.Account, (await Companions.GetUserCompanionsAsync(creator.Id)).Items.Single().UserId);
        Assert.Equal(1, await Rows.CountAsync("select count(*) from companion_relationships where \"companionId\" = $1", companion.Id));
    }

    [Fact]
    public async Task Deleting_a_companion_takes_it_off_its_trips()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var trip = await Rows.TripAsync(user.Id);
        var companion = await CompanionBuilder.New().CreateAsync(Companions, user.Id);
        await Companions.AddCompanionToTripAsync(companion.Id, trip, user.Id);

        await Companions.DeleteCompanionAsync(companion.Id, user.Id);

        Assert.Equal(0, await Rows.CountAsync("select count(*) from trip_companions where \"companionId\" = $1", companion.Id));
    }
}
