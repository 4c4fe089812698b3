using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Models;

namespace TravelPlanner.Data.Services;

/// <summary>
/// Sharing a trip with other registered users. The owner invites; the invitee accepts or declines;
/// the owner may revoke. Another user's trip or invitation is reported as not found.
/// </summary>
public interface ITripInvitationService
{
    /// <summary>Invites <paramref name="invitedUserId"/> to a trip <paramref name="userId"/> owns; the invitation starts pending.</summary>
    /// <exception cref="ValidationException">The owner invited themselves (field <c>invitedUserId</c>).</exception>
    /// <exception cref="NotFoundException">The trip is not the user's (resource <c>trip</c>), or no such invitee (resource <c>user</c>).</exception>
    /// <exception cref="ConflictException">The invitee already has a pending or accepted invitation to the trip (declined ones may be repeated).</exception>
    Task<TripInvitation> InviteAsync(Guid tripId, Guid invitedUserId, Guid userId, CancellationToken cancellationToken = default);

    /// <summary>The invitations waiting for <paramref name="userId"/>'s answer, newest first, with trip and inviter names.</summary>
    Task<IReadOnlyList<PendingInvitation>> GetPendingInvitationsAsync(Guid userId, CancellationToken cancellationToken = default);

    /// <summary>Every invitation to a trip <paramref name="userId"/> owns, oldest first, whatever its status.</summary>
    /// <exception cref="NotFoundException">The trip is not the user's.</exception>
    Task<IReadOnlyList<TripInvitation>> GetTripInvitationsAsync(Guid tripId, Guid userId, CancellationToken cancellationToken = default);

    /// <summary>The invitee accepts: from then on the trip is shared with them (read only).</summary>
    /// <exception cref="NotFoundException">No such invitation addressed to <paramref name="userId"/>.</exception>
    /// <exception cref="ConflictException">The invitation was already answered.</exception>
    Task<TripInvitation> AcceptAsync(Guid invitationId, Guid userId, CancellationToken cancellationToken = default);

    /// <summary>The invitee declines.</summary>
    /// <exception cref="NotFoundException">No such invitation addressed to <paramref name="userId"/>.</exception>
    /// <exception cref="ConflictException">The invitation was already answered.</exception>
    Task<TripInvitation> DeclineAsync(Guid invitationId, Guid userId, CancellationToken cancellationToken = default);

    /// <summary>The trip's owner deletes an invitation in any status; an accepted invitee loses access to the trip.</summary>
    /// <exception cref="NotFoundException">No such invitation to a trip <paramref name="userId"/> owns.</exception>
    Task RevokeAsync(Guid invitationId, Guid userId, CancellationToken cancellationToken = default);
}
