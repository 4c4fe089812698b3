using TravelPlanner.Data.Changes;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Sql;

namespace TravelPlanner.Data.Repositories;

/// <summary>SQL for <c>users</c> (sql/queries/users).</summary>
internal sealed class UserRepository(QueryExecutor executor)
{
    private static readonly WriteQuery InsertUser = QueryCatalog.Write("users/insert_user");
    // Account reads go to the primary even with standbys: a login right after sign-up or a password change is
    // looked up by e-mail, before any user is known whose writes could be tracked (docs/scaling.md).
    private static readonly ReadQuery GetUserById = QueryCatalog.ReadOnPrimary("users/get_user_by_id");
    private static readonly ReadQuery FindUserIdByEmail = QueryCatalog.ReadOnPrimary("users/find_user_id_by_email");
    private static readonly ReadQuery GetUserCredentialsById = QueryCatalog.ReadOnPrimary("users/get_user_credentials_by_id");
    private static readonly WriteQuery UpdateUserPassword = QueryCatalog.Write("users/update_user_password");

    public ValueTask<User> InsertUserAsync(string email, string passwordHash, string firstName, string lastName, CancellationToken cancellationToken) =>
        executor.WriteSingleAsync<User>(InsertUser, new { Email = email, PasswordHash = passwordHash, FirstName = firstName, LastName = lastName }, DataChange.None, cancellationToken);

    public ValueTask<User?> GetUserByIdAsync(Guid id, CancellationToken cancellationToken) =>
        executor.QuerySingleOrDefaultAsync<User>(GetUserById, new { Id = id }, cancellationToken);

    // By e-mail in two look-ups, each on one shard of a cluster: user_emails is keyed by the address,
    // users by the id (one statement joining them would read every shard of users).
    public async Task<User?> GetUserByEmailAsync(string email, CancellationToken cancellationToken) =>
        await FindUserIdByEmailAsync(email, cancellationToken).ConfigureAwait(false) is { } id
            ? await GetUserByIdAsync(id, cancellationToken).ConfigureAwait(false)
            : null;

    public async Task<UserCredentials?> GetUserCredentialsByEmailAsync(string email, CancellationToken cancellationToken) =>
        await FindUserIdByEmailAsync(email, cancellationToken).ConfigureAwait(false) is { } id
            ? await GetUserCredentialsByIdAsync(id, cancellationToken).ConfigureAwait(false)
            : null;

    private ValueTask<Guid?> FindUserIdByEmailAsync(string email, CancellationToken cancellationToken) =>
        executor.QuerySingleOrDefaultAsync<Guid?>(FindUserIdByEmail, new { Email = email }, cancellationToken);

    public ValueTask<UserCredentials?> GetUserCredentialsByIdAsync(Guid id, CancellationToken cancellationToken) =>
        executor.QuerySingleOrDefaultAsync<UserCredentials>(GetUserCredentialsById, new { Id = id }, cancellationToken);

    public ValueTask<int> UpdateUserPasswordAsync(Guid id, string passwordHash, CancellationToken cancellationToken) =>
        executor.ExecuteAsync(UpdateUserPassword, new { Id = id, PasswordHash = passwordHash }, DataChange.None, cancellationToken);
}

/// <summary>The stored hash of one user; internal so it can never be returned to a caller.</summary>
internal sealed record UserCredentials(Guid Id, string PasswordHash);
