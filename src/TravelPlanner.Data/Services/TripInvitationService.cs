using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Repositories;

namespace TravelPlanner.Data.Services;

/// <summary>Trip invitations over <see cref="TripInvitationRepository"/>; ownership is checked in the SQL.</summary>
internal sealed class TripInvitationService(TripInvitationRepository invitations) : ITripInvitationService
{
    public async Task<TripInvitation> InviteAsync(Guid tripId, Guid invitedUserId, Guid userId, CancellationToken cancellationToken = default)
    {
        Validate.Id(tripId, "tripId");
        Validate.Id(invitedUserId, "invitedUserId");
        Validate.Id(userId, "userId");
        if (invitedUserId == userId)
        {
            throw new ValidationException("invitedUserId", "You cannot invite yourself.");
        }

        // A duplicate live invitation is refused by the partial unique index (a ConflictException), race-free.
        var invitation = await invitations.InsertInvitationAsync(tripId, invitedUserId, userId, cancellationToken).ConfigureAwait(false);
        if (invitation is not null)
        {
            return invitation;
        }

        throw await invitations.UserOwnsTripAsync(tripId, userId, cancellationToken).ConfigureAwait(false)
            ? new NotFoundException("user", invitedUserId)
            : new NotFoundException("trip", tripId);
    }

    public async Task<IReadOnlyList<PendingInvitation>> GetPendingInvitationsAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        Validate.Id(userId, "userId");
        return await invitations.ListPendingInvitationsAsync(userId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<TripInvitation>> GetTripInvitationsAsync(Guid tripId, Guid userId, CancellationToken cancellationToken = default)
    {
        Validate.Id(tripId, "tripId");
        Validate.Id(userId, "userId");
        var list = await invitations.ListTripInvitationsAsync(tripId, userId, cancellationToken).ConfigureAwait(false);
        if (list.Count == 0 && !await invitations.UserOwnsTripAsync(tripId, userId, cancellationToken).ConfigureAwait(false))
        {
            throw new NotFoundException("trip", tripId);
        }

        return list;
    }

    public Task<TripInvitation> AcceptAsync(Guid invitationId, Guid userId, CancellationToken cancellationToken = default) =>
        AnswerAsync(invitationId, userId, TripInvitationStatus.Accepted, cancellationToken);

    public Task<TripInvitation> DeclineAsync(Guid invitationId, Guid userId, CancellationToken cancellationToken = default) =>
        AnswerAsync(invitationId, userId, TripInvitationStatus.Declined, cancellationToken);

    public async Task RevokeAsync(Guid invitationId, Guid userId, CancellationToken cancellationToken = default)
    {
        Validate.Id(invitationId, "invitationId");
        Validate.Id(userId, "userId");
        _ = await invitations.DeleteInvitationAsync(invitationId, userId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("invitation", invitationId);
    }

    private async Task<TripInvitation> AnswerAsync(Guid invitationId, Guid userId, string status, CancellationToken cancellationToken)
    {
        Validate.Id(invitationId, "invitationId");
        Validate.Id(userId, "userId");
        var answered = await invitations.AnswerInvitationAsync(invitationId, userId, status, cancellationToken).ConfigureAwait(false);
        if (answered is not null)
        {
            return answered; // its repository call announced the invitee's trip list (an accepted trip joins it)
        }

        var current = await invitations.GetInvitationForInviteeAsync(invitationId, userId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("invitation", invitationId);
        throw new ConflictException($"The invitation was already {current.Status}.", "status");
    }
}
