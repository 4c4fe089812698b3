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
    private static readonly WriteQuery UpdateCompanion = QueryCatalog.Write("companions/update_companion");
    private static readonly WriteQuery DeleteCompanion = QueryCatalog.Write("companions/delete_companion");
    private static readonly WriteQuery InsertTripCompanion = QueryCatalog.Write("companions/insert_trip_companion");
    private static readonly WriteQuery DeleteTripCompanion = QueryCatalog.Write("companions/delete_trip_companion");
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
        executor.WriteSingleOrDefaultAsync<Companion>(UpdateCompanion, Parameters(id, userId, details), DataChange.Companions(userId), cancellationToken);

    public ValueTask<int> DeleteCompanionAsync(Guid id, Guid userId, CancellationToken cancellationToken) =>
        executor.ExecuteAsync(DeleteCompanion, new { Id = id, UserId = userId }, DataChange.Companions(userId), cancellationToken);

    public ValueTask<TripCompanion?> InsertTripCompanionAsync(Guid companionId, Guid tripId, Guid userId, CancellationToken cancellationToken) =>
        executor.WriteSingleOrDefaultAsync<TripCompanion>(InsertTripCompanion, new { CompanionId = companionId, TripId = tripId, UserId = userId }, DataChange.Uncached(userId), cancellationToken);

    public ValueTask<int> DeleteTripCompanionAsync(Guid companionId, Guid tripId, Guid userId, CancellationToken cancellationToken) =>
        executor.ExecuteAsync(DeleteTripCompanion, new { CompanionId = companionId, TripId = tripId, UserId = userId }, DataChange.Uncached(userId), cancellationToken);

    public ValueTask<bool> UserOwnsTripAsync(Guid tripId, Guid userId, CancellationToken cancellationToken) =>
        executor.QuerySingleAsync<bool>(UserOwnsTrip, new { TripId = tripId, UserId = userId }, cancellationToken);

    public ValueTask<List<Companion>> SearchCompanionsAsync(Guid userId, string query, int limit, CancellationToken cancellationToken) =>
        executor.QueryAsync<Companion>(SearchCompanions, new { UserId = userId, Query = query, Limit = limit }, cancellationToken);

    public ValueTask<Companion?> LinkCompanionAccountAsync(Guid id, Guid accountUserId, Guid userId, CancellationToken cancellationToken, UnitOfWork transaction) =>
        executor.WriteSingleOrDefaultAsync<Companion>(LinkCompanionAccount, new { Id = id, AccountUserId = accountUserId, UserId = userId }, DataChange.Companions(userId), cancellationToken, transaction);

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
