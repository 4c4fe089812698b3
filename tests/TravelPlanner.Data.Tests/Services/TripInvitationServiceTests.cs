using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Services;
using TravelPlanner.Data.Tests.Builders;
using TravelPlanner.Data.Tests.Fixtures;
using TravelPlanner.Data.Tests.Schema;

namespace TravelPlanner.Data.Tests.Services;

public sealed class TripInvitationServiceTests(TestDatabase database) : ServiceTestBase(database)
{
    private ITripInvitationService Invitations => Services.Get<ITripInvitationService>();

    [Fact]
    public async Task The_invitee_sees_a_pending_invitation_with_trip_and_inviter_names()
    {
        var owner = await UserBuilder.New().Named("Ada", "Lovelace").CreateAsync(Users);
        var invitee = await UserBuilder.New().CreateAsync(Users);
        var trip = await Rows.TripAsync(owner.Id);

        var invitation = await Invitations.InviteAsync(trip, invitee.Id, owner.Id);
        var pending = Assert.Single(await Invitations.GetPendingInvitationsAsync(invitee.Id));

        Assert.Equal(TripInvitationStatus.Pending, invitation.Status);
        Assert.Equal((trip, invitee.Id, owner.Id), (invitation.TripId, invitation.InvitedUserId, invitation.InvitedBy));
        Assert.Equal(invitation.Id, pending.Id);
        Assert.Equal("Trip", pending.TripName);
        Assert.Equal(new DateOnly(2030, 1, 1), pending.DepartureDate);
        Assert.Equal("Ada Lovelace", pending.InviterName);
        Assert.Empty(await Invitations.GetPendingInvitationsAsync(owner.Id));
        Assert.Equal([invitation], await Invitations.GetTripInvitationsAsync(trip, owner.Id));
    }

    [Fact]
    public async Task Only_the_owner_invites_an_existing_user_other_than_themself()
    {
        var owner = await UserBuilder.New().CreateAsync(Users);
        var stranger = await UserBuilder.New().CreateAsync(Users);
        var invitee = await UserBuilder.New().CreateAsync(Users);
        var trip = await Rows.TripAsync(owner.Id);

        var notOwner = await Assert.ThrowsAsync<NotFoundException>(() => Invitations.InviteAsync(trip, invitee.Id, stranger.Id));
        var noUser = await Assert.ThrowsAsync<NotFoundException>(() => Invitations.InviteAsync(trip, Guid.NewGuid(), owner.Id));
        var self = await Assert.ThrowsAsync<ValidationException>(() => Invitations.InviteAsync(trip, owner.Id, owner.Id));

        Assert.Equal("trip", notOwner.Resource);
        Assert.Equal("user", noUser.Resource);
        Assert.Equal("invitedUserId", self.Field);
        Assert.Equal(0, await Rows.CountAsync("select count(*) from trip_invitations where \"tripId\" = $1", trip));
        await Assert.ThrowsAsync<NotFoundException>(() => Invitations.GetTripInvitationsAsync(trip, stranger.Id));
    }

    [Fact]
    public async Task A_pending_or_accepted_invitation_cannot_be_repeated_but_a_declined_one_can()
    {
        var owner = await UserBuilder.New().CreateAsync(Users);
        var invitee = await UserBuilder.New().CreateAsync(Users);
        var trip = await Rows.TripAsync(owner.Id);

        var first = await Invitations.InviteAsync(trip, invitee.Id, owner.Id);
        await Assert.ThrowsAsync<ConflictException>(() => Invitations.InviteAsync(trip, invitee.Id, owner.Id));
        await Invitations.AcceptAsync(first.Id, invitee.Id);
        await Assert.ThrowsAsync<ConflictException>(() => Invitations.InviteAsync(trip, invitee.Id, owner.Id));

        var otherTrip = await Rows.TripAsync(owner.Id);
        var declined = await Invitations.InviteAsync(otherTrip, invitee.Id, owner.Id);
        await Invitations.DeclineAsync(declined.Id, invitee.Id);
        var again = await Invitations.InviteAsync(otherTrip, invitee.Id, owner.Id);

        Assert.Equal(TripInvitationStatus.Pending, again.Status);
    }

    [Fact]
    public async Task Concurrent_invitations_of_one_user_to_one_trip_keep_exactly_one()
    {
        var owner = await UserBuilder.New().CreateAsync(Users);
        var invitee = await UserBuilder.New().CreateAsync(Users);
        var trip = await Rows.TripAsync(owner.Id);

        var errors = await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            try
            {
                await Invitations.InviteAsync(trip, invitee.Id, owner.Id);
                return null;
            }
            catch (Exception e)
            {
                return e;
            }
        }));

        Assert.Equal(1, errors.Count(e => e is null));
        Assert.All(errors.Where(e => e is not null), e => Assert.IsType<ConflictException>(e));
        Assert.Equal(1, await Rows.CountAsync("select count(*) from trip_invitations where \"tripId\" = $1", trip));
    }

    [Fact]
    public async Task Only_the_invitee_answers_and_only_while_pending()
    {
        var owner = await UserBuilder.New().CreateAsync(Users);
        var invitee = await UserBuilder.New().CreateAsync(Users);
        var stranger = await UserBuilder.New().CreateAsync(Users);
        var invitation = await Invitations.InviteAsync(await Rows.TripAsync(owner.Id), invitee.Id, owner.Id);

        await Assert.ThrowsAsync<NotFoundException>(() => Invitations.AcceptAsync(invitation.Id, owner.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => Invitations.DeclineAsync(invitation.Id, stranger.Id));
        var accepted = await Invitations.AcceptAsync(invitation.Id, invitee.Id);

        Assert.Equal(TripInvitationStatus.Accepted, accepted.Status);
        Assert.Empty(await Invitations.GetPendingInvitationsAsync(invitee.Id));
        await Assert.ThrowsAsync<ConflictException>(() => Invitations.DeclineAsync(invitation.Id, invitee.Id));
        await Assert.ThrowsAsync<ConflictException>(() => Invitations.AcceptAsync(invitation.Id, invitee.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => Invitations.AcceptAsync(Guid.NewGuid(), invitee.Id));
    }

    [Fact]
    public async Task Declining_leaves_the_invitation_declined_and_off_the_pending_list()
    {
        var owner = await UserBuilder.New().CreateAsync(Users);
        var invitee = await UserBuilder.New().CreateAsync(Users);
        var invitation = await Invitations.InviteAsync(await Rows.TripAsync(owner.Id), invitee.Id, owner.Id);

        var declined = await Invitations.DeclineAsync(invitation.Id, invitee.Id);

        Assert.Equal(TripInvitationStatus.Declined, declined.Status);
        Assert.Empty(await Invitations.GetPendingInvitationsAsync(invitee.Id));
    }

    [Fact]
    public async Task The_owner_revokes_an_invitation_and_nobody_else_can()
    {
        var owner = await UserBuilder.New().CreateAsync(Users);
        var invitee = await UserBuilder.New().CreateAsync(Users);
        var stranger = await UserBuilder.New().CreateAsync(Users);
        var trip = await Rows.TripAsync(owner.Id);
        var invitation = await Invitations.InviteAsync(trip, invitee.Id, owner.Id);
        await Invitations.AcceptAsync(invitation.Id, invitee.Id);

        await Assert.ThrowsAsync<NotFoundException>(() => Invitations.RevokeAsync(invitation.Id, invitee.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => Invitations.RevokeAsync(invitation.Id, stranger.Id));
        await Invitations.RevokeAsync(invitation.Id, owner.Id);

        Assert.Empty(await Invitations.GetTripInvitationsAsync(trip, owner.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => Invitations.RevokeAsync(invitation.Id, owner.Id));
    }
}
