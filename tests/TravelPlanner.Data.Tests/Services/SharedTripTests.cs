using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Services;
using TravelPlanner.Data.Tests.Builders;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Services;

/// <summary>Invitations and trips together: what an invitee can see and do, through both services.</summary>
public sealed class SharedTripTests(TestDatabase database) : ServiceTestBase(database)
{
    private ITripService Trips => Services.Get<ITripService>();

    private ITripInvitationService Invitations => Services.Get<ITripInvitationService>();

    [Fact]
    public async Task An_accepted_invitee_sees_the_trip_as_shared_and_reads_it_but_cannot_change_or_delete_it()
    {
        var owner = await UserBuilder.New().CreateAsync(Users);
        var invitee = await UserBuilder.New().CreateAsync(Users);
        var trip = await TripBuilder.For(owner).Named("Kyoto").CreateAsync(Trips);
        var invitation = await Invitations.InviteAsync(trip.Id, invitee.Id, owner.Id);

        var beforeAccepting = await Trips.GetUserTripsAsync(invitee.Id, TripFilter.All, 1, 20);
        await Assert.ThrowsAsync<NotFoundException>(() => Trips.GetTripWithDetailsAsync(trip.Id, invitee.Id));
        await Invitations.AcceptAsync(invitation.Id, invitee.Id);
        var afterAccepting = await Trips.GetUserTripsAsync(invitee.Id, TripFilter.All, 1, 20);
        var details = await Trips.GetTripWithDetailsAsync(trip.Id, invitee.Id);

        Assert.Empty(beforeAccepting.Items);
        var shared = Assert.Single(afterAccepting.Items);
        Assert.Equal(trip.Id, shared.Id);
        Assert.True(shared.IsShared);
        Assert.Equal("Kyoto", details.Trip.Name);
        await Assert.ThrowsAsync<NotFoundException>(
            () => Trips.UpdateTripAsync(trip.Id, new UpdateTrip("Hijacked", trip.DepartureDate, trip.ReturnDate), invitee.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => Trips.DeleteTripAsync(trip.Id, invitee.Id));
        Assert.Equal("Kyoto", (await Trips.GetTripWithDetailsAsync(trip.Id, owner.Id)).Trip.Name);
    }

    [Fact]
    public async Task A_declined_or_revoked_invitation_shares_nothing()
    {
        var owner = await UserBuilder.New().CreateAsync(Users);
        var decliner = await UserBuilder.New().CreateAsync(Users);
        var revoked = await UserBuilder.New().CreateAsync(Users);
        var trip = await TripBuilder.For(owner).CreateAsync(Trips);
        var declined = await Invitations.InviteAsync(trip.Id, decliner.Id, owner.Id);
        var accepted = await Invitations.InviteAsync(trip.Id, revoked.Id, owner.Id);
        await Invitations.DeclineAsync(declined.Id, decliner.Id);
        await Invitations.AcceptAsync(accepted.Id, revoked.Id);
        Assert.Single((await Trips.GetUserTripsAsync(revoked.Id, TripFilter.All, 1, 20)).Items);

        await Invitations.RevokeAsync(accepted.Id, owner.Id);

        Assert.Empty((await Trips.GetUserTripsAsync(decliner.Id, TripFilter.All, 1, 20)).Items);
        Assert.Empty((await Trips.GetUserTripsAsync(revoked.Id, TripFilter.All, 1, 20)).Items);
        await Assert.ThrowsAsync<NotFoundException>(() => Trips.GetTripWithDetailsAsync(trip.Id, revoked.Id));
    }
}
