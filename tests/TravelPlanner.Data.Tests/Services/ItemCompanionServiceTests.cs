using Npgsql;
using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Services;
using TravelPlanner.Data.Tests.Builders;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Services;

public sealed class ItemCompanionServiceTests(TestDatabase database) : ServiceTestBase(database)
{
    private CompanionRowBuilder Companions => new(Database.DataSource);

    private IItemCompanionService Travelers => Services.Get<IItemCompanionService>();

    [Theory]
    [InlineData(ItemType.Flight, "FLIGHT")]
    [InlineData(ItemType.Hotel, "HOTEL")]
    [InlineData(ItemType.Transportation, "TRANSPORTATION")]
    [InlineData(ItemType.CarRental, "CAR_RENTAL")]
    [InlineData(ItemType.Event, "EVENT")]
    public async Task The_owner_and_their_companion_can_be_assigned_to_any_item_type_and_are_listed(ItemType itemType, string stored)
    {
        var user = await UserBuilder.New().Named("Ada", "Lovelace").CreateAsync(Users);
        var itemId = await CreateItemAsync(itemType, user.Id);
        var grace = await Companions.CreateAsync(user.Id, "Grace Hopper");

        var self = await Travelers.AssignTravelerAsync(itemType, itemId, TravelerType.User, user.Id, user.Id);
        var companion = await Travelers.AssignTravelerAsync(itemType, itemId, TravelerType.Companion, grace, user.Id);
        var listed = await Travelers.GetItemTravelersAsync(itemType, itemId, user.Id);

        Assert.Equal((itemType, itemId, TravelerType.User, user.Id, "Ada Lovelace"), (self.ItemType, self.ItemId, self.TravelerType, self.TravelerId, self.TravelerName));
        Assert.Equal((TravelerType.Companion, grace, "Grace Hopper"), (companion.TravelerType, companion.TravelerId, companion.TravelerName));
        Assert.Equal([self, companion], listed);
        Assert.Equal(2, await Rows.CountAsync("""select count(*) from item_companions where "itemId" = $1 and "itemType" = $2""", itemId, stored));
    }

    [Fact]
    public async Task Assigning_the_same_traveller_twice_is_a_conflict()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var flightId = await CreateItemAsync(ItemType.Flight, user.Id);
        await Travelers.AssignTravelerAsync(ItemType.Flight, flightId, TravelerType.User, user.Id, user.Id);

        var error = await Assert.ThrowsAsync<ConflictException>(() => Travelers.AssignTravelerAsync(ItemType.Flight, flightId, TravelerType.User, user.Id, user.Id));

        Assert.Equal("travelerId", error.Field);
        Assert.Single(await Travelers.GetItemTravelersAsync(ItemType.Flight, flightId, user.Id));
    }

    [Fact]
    public async Task Travellers_who_are_not_the_owner_or_their_companions_are_refused_and_nothing_is_written()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var stranger = await UserBuilder.New().CreateAsync(Users);
        var hotelId = await CreateItemAsync(ItemType.Hotel, user.Id);
        var strangersCompanion = await Companions.CreateAsync(stranger.Id);

        var otherUser = await Assert.ThrowsAsync<ValidationException>(() => Travelers.AssignTravelerAsync(ItemType.Hotel, hotelId, TravelerType.User, stranger.Id, user.Id));
        var otherCompanion = await Assert.ThrowsAsync<NotFoundException>(() => Travelers.AssignTravelerAsync(ItemType.Hotel, hotelId, TravelerType.Companion, strangersCompanion, user.Id));
        var unknownCompanion = await Assert.ThrowsAsync<NotFoundException>(() => Travelers.AssignTravelerAsync(ItemType.Hotel, hotelId, TravelerType.Companion, Guid.NewGuid(), user.Id));

        Assert.Equal("travelerId", otherUser.Field);
        Assert.Equal(("companion", "companion"), (otherCompanion.Resource, unknownCompanion.Resource));
        Assert.Equal(0, await Rows.CountAsync("""select count(*) from item_companions where "itemId" = $1""", hotelId));
    }

    [Fact]
    public async Task Another_users_item_is_not_found_for_assigning_listing_and_unassigning()
    {
        var owner = await UserBuilder.New().CreateAsync(Users);
        var stranger = await UserBuilder.New().CreateAsync(Users);
        var eventId = await CreateItemAsync(ItemType.Event, owner.Id);
        await Travelers.AssignTravelerAsync(ItemType.Event, eventId, TravelerType.User, owner.Id, owner.Id);

        var assign = await Assert.ThrowsAsync<NotFoundException>(() => Travelers.AssignTravelerAsync(ItemType.Event, eventId, TravelerType.User, stranger.Id, stranger.Id));
        var list = await Assert.ThrowsAsync<NotFoundException>(() => Travelers.GetItemTravelersAsync(ItemType.Event, eventId, stranger.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => Travelers.UnassignTravelerAsync(ItemType.Event, eventId, TravelerType.User, owner.Id, stranger.Id));
        // The right id under the wrong type is not the item either.
        var wrongType = await Assert.ThrowsAsync<NotFoundException>(() => Travelers.GetItemTravelersAsync(ItemType.Flight, eventId, owner.Id));

        Assert.Equal(("event", "event", "flight"), (assign.Resource, list.Resource, wrongType.Resource));
        Assert.Single(await Travelers.GetItemTravelersAsync(ItemType.Event, eventId, owner.Id));
    }

    [Fact]
    public async Task Unassigning_removes_the_traveller_once()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var carId = await CreateItemAsync(ItemType.CarRental, user.Id);
        var grace = await Companions.CreateAsync(user.Id);
        await Travelers.AssignTravelerAsync(ItemType.CarRental, carId, TravelerType.Companion, grace, user.Id);

        await Travelers.UnassignTravelerAsync(ItemType.CarRental, carId, TravelerType.Companion, grace, user.Id);

        Assert.Empty(await Travelers.GetItemTravelersAsync(ItemType.CarRental, carId, user.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => Travelers.UnassignTravelerAsync(ItemType.CarRental, carId, TravelerType.Companion, grace, user.Id));
    }

    [Fact]
    public async Task Deleting_an_item_removes_its_travellers()
    {
        var user = await UserBuilder.New().CreateAsync(Users);
        var flightId = await CreateItemAsync(ItemType.Flight, user.Id);
        await Travelers.AssignTravelerAsync(ItemType.Flight, flightId, TravelerType.User, user.Id, user.Id);

        await Services.Get<IFlightService>().DeleteAsync(flightId, user.Id);

        Assert.Equal(0, await Rows.CountAsync("""select count(*) from item_companions where "itemId" = $1""", flightId));
    }

    [Fact]
    public async Task Assigning_to_an_item_being_deleted_waits_and_leaves_no_dangling_row()
    {
        // Regression guard for the FOR KEY SHARE in lock_item_and_traveler: without it the assignment
        // reads the not-yet-deleted flight, inserts, and the delete's trigger (which already ran) never
        // sees the new row, leaving an item_companions row that points at nothing.
        var user = await UserBuilder.New().CreateAsync(Users);
        var flightId = await CreateItemAsync(ItemType.Flight, user.Id);
        await using var connection = await Database.DataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var delete = new NpgsqlCommand("delete from flights where id = $1", connection, transaction))
        {
            delete.Parameters.Add(new NpgsqlParameter { Value = flightId });
            await delete.ExecuteNonQueryAsync();
        }

        var assign = Travelers.AssignTravelerAsync(ItemType.Flight, flightId, TravelerType.User, user.Id, user.Id);
        await WaitUntilABackendWaitsForALockAsync();
        Assert.False(assign.IsCompleted);
        await transaction.CommitAsync();

        var error = await Assert.ThrowsAsync<NotFoundException>(() => assign);
        Assert.Equal("flight", error.Resource);
        Assert.Equal(0, await Rows.CountAsync("""select count(*) from item_companions where "itemId" = $1""", flightId));
    }

    [Fact]
    public async Task Undefined_item_or_traveller_types_are_refused()
    {
        var item = await Assert.ThrowsAsync<ValidationException>(() => Travelers.AssignTravelerAsync((ItemType)7, Guid.NewGuid(), TravelerType.User, Guid.NewGuid(), Guid.NewGuid()));
        var traveler = await Assert.ThrowsAsync<ValidationException>(() => Travelers.AssignTravelerAsync(ItemType.Hotel, Guid.NewGuid(), (TravelerType)7, Guid.NewGuid(), Guid.NewGuid()));

        Assert.Equal(("itemType", "travelerType"), (item.Field, traveler.Field));
    }

    private async Task WaitUntilABackendWaitsForALockAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        // On a Citus cluster the lock is held and waited for on a worker: citus_stat_activity sees every node.
        var activity = PostgresFixture.IsCitus ? "citus_stat_activity" : "pg_stat_activity";
        while (await Rows.CountAsync($"select count(*) from {activity} where datname = current_database() and wait_event_type = 'Lock'") == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "The assignment never waited for the row lock held by the delete.");
            await Task.Delay(50);
        }
    }

    private async Task<Guid> CreateItemAsync(ItemType itemType, Guid userId) => itemType switch
    {
        ItemType.Flight => (await Services.Get<IFlightService>().CreateAsync(ItemInputs.Flight(), userId)).Id,
        ItemType.Hotel => (await Services.Get<IHotelService>().CreateAsync(ItemInputs.Hotel(), userId)).Id,
        ItemType.Transportation => (await Services.Get<ITransportationService>().CreateAsync(ItemInputs.Transportation(), userId)).Id,
        ItemType.CarRental => (await Services.Get<ICarRentalService>().CreateAsync(ItemInputs.CarRental(), userId)).Id,
        _ => (await Services.Get<IEventService>().CreateAsync(ItemInputs.Event(), userId)).Id,
    };
}
