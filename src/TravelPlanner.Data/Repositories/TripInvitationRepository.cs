using TravelPlanner.Data.Changes;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Sql;

namespace TravelPlanner.Data.Repositories;

/// <summary>SQL for <c>trip_invitations</c> (sql/queries/invitations).</summary>
internal sealed class TripInvitationRepository(QueryExecutor executor)
{
    private static readonly WriteQuery InsertInvitation = QueryCatalog.Write("invitations/insert_invitation");
    private static readonly ReadQuery ListPendingInvitations = QueryCatalog.Read("invitations/list_pending_invitations");
    private static readonly ReadQuery ListTripInvitations = QueryCatalog.Read("invitations/list_trip_invitations");
    private static readonly WriteQuery AnswerInvitation = QueryCatalog.Write("invitations/answer_invitation");
    private static readonly WriteQuery MarkInviteeHasSharedTrips = QueryCatalog.Write("invitations/mark_invitee_has_shared_trips");
    private static readonly ReadQuery GetInvitationForInvitee = QueryCatalog.Read("invitations/get_invitation_for_invitee");
    private static readonly WriteQuery DeleteInvitation = QueryCatalog.Write("invitations/delete_invitation");
    private static readonly ReadQuery UserOwnsTrip = QueryCatalog.Read("companions/user_owns_trip");

    /// <summary>
    /// The invitation, or null when the user does not own the trip or the invitee does not exist. The statement first
    /// takes the owner's sharing lock (invitations/insert_invitation), so it commits only after every write to the
    /// owner's trips that read its audience without this invitation.
    /// </summary>
    public ValueTask<TripInvitation?> InsertInvitationAsync(Guid tripId, Guid invitedUserId, Guid userId, CancellationToken cancellationToken) =>
        executor.WriteResultSetsAsync(
            InsertInvitation,
            new { TripId = tripId, InvitedUserId = invitedUserId, UserId = userId },
            static async sets =>
            {
                await sets.ReadSingleAsync<bool>().ConfigureAwait(false);
                return await sets.ReadSingleOrDefaultAsync<TripInvitation>().ConfigureAwait(false);
            },
            invitation => invitation is null ? DataChange.None : DataChange.Uncached(userId),
            cancellationToken);

    public ValueTask<List<PendingInvitation>> ListPendingInvitationsAsync(Guid userId, CancellationToken cancellationToken) =>
        executor.QueryAsync<PendingInvitation>(ListPendingInvitations, new { UserId = userId }, cancellationToken);

    public ValueTask<List<TripInvitation>> ListTripInvitationsAsync(Guid tripId, Guid userId, CancellationToken cancellationToken) =>
        executor.QueryAsync<TripInvitation>(ListTripInvitations, new { TripId = tripId, UserId = userId }, cancellationToken);

    /// <summary>The answered invitation, or null when it was not the user's or no longer pending; an accepted one also marks the invitee (users."hasSharedTrips"), in one transaction.</summary>
    public Task<TripInvitation?> AnswerInvitationAsync(Guid id, Guid userId, string status, CancellationToken cancellationToken) =>
        executor.InTransactionAsync(
            async tx =>
            {
                var answered = await executor.WriteSingleOrDefaultAsync<TripInvitation>(
                    AnswerInvitation, new { Id = id, UserId = userId, Status = status }, DataChange.TripsOf([userId]), cancellationToken, tx).ConfigureAwait(false);
                if (answered?.Status == TripInvitationStatus.Accepted)
                {
                    await executor.ExecuteAsync(MarkInviteeHasSharedTrips, new { UserId = userId }, DataChange.None, cancellationToken, tx).ConfigureAwait(false);
                }

                return answered;
            },
            cancellationToken);

    public ValueTask<TripInvitation?> GetInvitationForInviteeAsync(Guid id, Guid userId, CancellationToken cancellationToken) =>
        executor.QuerySingleOrDefaultAsync<TripInvitation>(GetInvitationForInvitee, new { Id = id, UserId = userId }, cancellationToken);

    /// <summary>The deleted invitation's invitee, or null when there was none the user could revoke.</summary>
    public ValueTask<Guid?> DeleteInvitationAsync(Guid id, Guid userId, CancellationToken cancellationToken) =>
        executor.WriteSingleOrDefaultAsync<Guid?>(DeleteInvitation, new { Id = id, UserId = userId }, invitee => DataChange.TripsOf([invitee!.Value]), cancellationToken);

    public ValueTask<bool> UserOwnsTripAsync(Guid tripId, Guid userId, CancellationToken cancellationToken) =>
        executor.QuerySingleAsync<bool>(UserOwnsTrip, new { TripId = tripId, UserId = userId }, cancellationToken);
}
