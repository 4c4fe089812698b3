using TravelPlanner.Data.Models;
using TravelPlanner.Data.Sql;

namespace TravelPlanner.Data.Repositories;

/// <summary>SQL for <c>trip_invitations</c> (sql/queries/invitations).</summary>
internal sealed class TripInvitationRepository(QueryExecutor executor)
{
    private static readonly SqlQuery InsertInvitation = QueryCatalog.Get("invitations/insert_invitation");
    private static readonly SqlQuery ListPendingInvitations = QueryCatalog.Get("invitations/list_pending_invitations");
    private static readonly SqlQuery ListTripInvitations = QueryCatalog.Get("invitations/list_trip_invitations");
    private static readonly SqlQuery AnswerInvitation = QueryCatalog.Get("invitations/answer_invitation");
    private static readonly SqlQuery GetInvitationForInvitee = QueryCatalog.Get("invitations/get_invitation_for_invitee");
    private static readonly SqlQuery DeleteInvitation = QueryCatalog.Get("invitations/delete_invitation");
    private static readonly SqlQuery UserOwnsTrip = QueryCatalog.Get("companions/user_owns_trip");

    public Task<TripInvitation?> InsertInvitationAsync(Guid tripId, Guid invitedUserId, Guid userId, CancellationToken cancellationToken) =>
        executor.QuerySingleOrDefaultAsync<TripInvitation>(InsertInvitation, new { TripId = tripId, InvitedUserId = invitedUserId, UserId = userId }, cancellationToken);

    public Task<List<PendingInvitation>> ListPendingInvitationsAsync(Guid userId, CancellationToken cancellationToken) =>
        executor.QueryAsync<PendingInvitation>(ListPendingInvitations, new { UserId = userId }, cancellationToken);

    public Task<List<TripInvitation>> ListTripInvitationsAsync(Guid tripId, Guid userId, CancellationToken cancellationToken) =>
        executor.QueryAsync<TripInvitation>(ListTripInvitations, new { TripId = tripId, UserId = userId }, cancellationToken);

    public Task<TripInvitation?> AnswerInvitationAsync(Guid id, Guid userId, string status, CancellationToken cancellationToken) =>
        executor.QuerySingleOrDefaultAsync<TripInvitation>(AnswerInvitation, new { Id = id, UserId = userId, Status = status }, cancellationToken);

    public Task<TripInvitation?> GetInvitationForInviteeAsync(Guid id, Guid userId, CancellationToken cancellationToken) =>
        executor.QuerySingleOrDefaultAsync<TripInvitation>(GetInvitationForInvitee, new { Id = id, UserId = userId }, cancellationToken);

    /// <summary>The deleted invitation's invitee, or null when there was none the user could revoke.</summary>
    public Task<Guid?> DeleteInvitationAsync(Guid id, Guid userId, CancellationToken cancellationToken) =>
        executor.QuerySingleOrDefaultAsync<Guid?>(DeleteInvitation, new { Id = id, UserId = userId }, cancellationToken);

    public Task<bool> UserOwnsTripAsync(Guid tripId, Guid userId, CancellationToken cancellationToken) =>
        executor.QuerySingleAsync<bool>(UserOwnsTrip, new { TripId = tripId, UserId = userId }, cancellationToken);
}
