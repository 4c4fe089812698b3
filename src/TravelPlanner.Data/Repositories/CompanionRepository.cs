using TravelPlanner.Data.Changes;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Sql;

namespace TravelPlanner.Data.Repositories;

/// <summary>SQL for <c>travel_companions</c>, <c>trip_companions</c> and <c>companion_relationships</c> (sql/queries/companions).</summary>
internal sealed class CompanionRepository(QueryExecutor executor)
{
    private static readonly ReadQuery ListUserCompanions = QueryCatalog.Read("companions/list_user_companions");
    private static readonly ReadQuery GetCompanion = QueryCatalog.Read("companions/get_companion");
    private static readonly ReadQuery CompanionEmailTaken = QueryCatalog.Read("companions/companion_email_taken");
    private static readonly WriteQuery InsertCompanion = QueryCatalog.Write("companions/insert_companion");
    // A companion profile shows in its creator's companion list and in the details of the trips it travels on (seen by
    // the creator and the creator's audience); who travels on a trip shows in the details alone.
    private static readonly OwnerTripsWrite UpdateCompanion = QueryCatalog.WriteOwnerTrips("companions/update_companion", ChangeKind.TripDetails, ChangeKind.Companions);
    private static readonly OwnerTripsWrite DeleteCompanion = QueryCatalog.WriteOwnerTrips("companions/delete_companion", ChangeKind.TripDetails, ChangeKind.Companions);
    private static readonly OwnerTripsWrite InsertTripCompanion = QueryCatalog.WriteOwnerTrips("companions/insert_trip_companion", ChangeKind.TripDetails);
    private static readonly OwnerTripsWrite DeleteTripCompanion = QueryCatalog.WriteOwnerTrips("companions/delete_trip_companion", ChangeKind.TripDetails);
    private static readonly ReadQuery UserOwnsTrip = QueryCatalog.Read("companions/user_owns_trip");
    private static readonly ReadQuery SearchCompanions = QueryCatalog.Read("companions/search_companions");
    private static readonly WriteQuery LinkCompanionAccount = QueryCatalog.Write("companions/link_companion_account");
    private static readonly WriteQuery InsertCompanionRelationship = QueryCatalog.Write("companions/insert_companion_relationship");
    private static readonly ReadQuery UserExists = QueryCatalog.Read("companions/user_exists");

    public ValueTask<(List<Companion> Items, int Total)> ListUserCompanionsAsync(Guid userId, int limit, long offset, CancellationToken cancellationToken) =>
        executor.QueryResultSetsAsync(
            ListUserCompanions,
            new { UserId = userId, Limit = limit, Offset = offset },
            static async sets =>
            {
                var items = await sets.ReadListAsync<Companion>().ConfigureAwait(false);
                var total = await sets.ReadSingleAsync<int>().ConfigureAwait(false);
                return (items, total);
            },
            cancellationToken);

    public ValueTask<Companion?> GetCompanionAsync(Guid id, Guid userId, CancellationToken cancellationToken) =>
        executor.QuerySingleOrDefaultAsync<Companion>(GetCompanion, new { Id = id, UserId = userId }, cancellationToken);

    public ValueTask<bool> CompanionEmailTakenAsync(Guid userId, string email, Guid? exceptId, CancellationToken cancellationToken) =>
        executor.QuerySingleAsync<bool>(CompanionEmailTaken, new { UserId = userId, Email = email, ExceptId = exceptId }, cancellationToken);

    public ValueTask<Companion> InsertCompanionAsync(Guid userId, CompanionDetails details, CancellationToken cancellationToken) =>
        executor.WriteSingleAsync<Companion>(InsertCompanion, Parameters(Guid.Empty, userId, details), DataChange.Companions(userId), cancellationToken);

    public ValueTask<Companion?> UpdateCompanionAsync(Guid id, Guid userId, CompanionDetails details, CancellationToken cancellationToken) =>
        executor.WriteOwnerTripsOrDefaultAsync<Companion>(UpdateCompanion, Parameters(id, userId, details), userId, cancellationToken);

    /// <summary>True when the user's companion was deleted.</summary>
    public async ValueTask<bool> DeleteCompanionAsync(Guid id, Guid userId, CancellationToken cancellationToken) =>
        await executor.WriteOwnerTripsOrDefaultAsync<Guid?>(DeleteCompanion, new { Id = id, UserId = userId }, userId, cancellationToken).ConfigureAwait(false) is not null;

    public ValueTask<TripCompanion?> InsertTripCompanionAsync(Guid companionId, Guid tripId, Guid userId, CancellationToken cancellationToken) =>
        executor.WriteOwnerTripsOrDefaultAsync<TripCompanion>(InsertTripCompanion, new { CompanionId = companionId, TripId = tripId, UserId = userId }, userId, cancellationToken);

    /// <summary>True when the companion was on the user's trip and was taken off it.</summary>
    public async ValueTask<bool> DeleteTripCompanionAsync(Guid companionId, Guid tripId, Guid userId, CancellationToken cancellationToken) =>
        await executor.WriteOwnerTripsOrDefaultAsync<Guid?>(DeleteTripCompanion, new { CompanionId = companionId, TripId = tripId, UserId = userId }, userId, cancellationToken).ConfigureAwait(false) is not null;

    public ValueTask<bool> UserOwnsTripAsync(Guid tripId, Guid userId, CancellationToken cancellationToken) =>
        executor.QuerySingleAsync<bool>(UserOwnsTrip, new { TripId = tripId, UserId = userId }, cancellationToken);

    public ValueTask<List<Companion>> SearchCompanionsAsync(Guid userId, string query, int limit, CancellationToken cancellationToken) =>
        executor.QueryAsync<Companion>(SearchCompanions, new { UserId = userId, Query = query, Limit = limit }, cancellationToken);

    /// <summary>
    /// Links the companion to an account, in <paramref name="transaction"/>. The link shows in the creator's companion list
    /// and in the details of the trips the companion travels on, read by the creator's audience (read first, in the unit).
    /// </summary>
    public async ValueTask<Companion?> LinkCompanionAccountAsync(Guid id, Guid accountUserId, Guid userId, CancellationToken cancellationToken, UnitOfWork transaction)
    {
        var readers = await executor.ReadOwnerAudienceAsync(userId, transaction, cancellationToken).ConfigureAwait(false);
        var linked = await executor.WriteSingleOrDefaultAsync<Companion>(
            LinkCompanionAccount, new { Id = id, AccountUserId = accountUserId, UserId = userId }, DataChange.Companions(userId), cancellationToken, transaction).ConfigureAwait(false);
        if (linked is not null)
        {
            transaction.Record(DataChange.TripDetailsOf(readers));
        }

        return linked;
    }

    public ValueTask<int> InsertCompanionRelationshipAsync(Guid companionId, Guid accountUserId, Guid userId, CancellationToken cancellationToken, UnitOfWork transaction) =>
        executor.ExecuteAsync(InsertCompanionRelationship, new { CompanionId = companionId, AccountUserId = accountUserId, UserId = userId }, DataChange.None, cancellationToken, transaction);

    public ValueTask<bool> UserExistsAsync(Guid id, CancellationToken cancellationToken) =>
        executor.QuerySingleAsync<bool>(UserExists, new { Id = id }, cancellationToken);

    private static object Parameters(Guid id, Guid userId, CompanionDetails details) => new
    {
        Id = id,
        UserId = userId,
        details.Name,
        details.Email,
        details.DateOfBirth,
        details.Relationship,
    };
}
