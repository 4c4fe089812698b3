using TravelPlanner.Data.Models;
using TravelPlanner.Data.Sql;

namespace TravelPlanner.Data.Repositories;

/// <summary>SQL for <c>users</c> (sql/queries/users).</summary>
internal sealed class UserRepository(QueryExecutor executor)
{
    private static readonly SqlQuery InsertUser = QueryCatalog.Get("users/insert_user");
    private static readonly SqlQuery GetUserById = QueryCatalog.Get("users/get_user_by_id");
    private static readonly SqlQuery GetUserByEmail = QueryCatalog.Get("users/get_user_by_email");
    private static readonly SqlQuery GetUserCredentialsByEmail = QueryCatalog.Get("users/get_user_credentials_by_email");
    private static readonly SqlQuery GetUserCredentialsById = QueryCatalog.Get("users/get_user_credentials_by_id");
    private static readonly SqlQuery UpdateUserPassword = QueryCatalog.Get("users/update_user_password");

    public Task<User> InsertUserAsync(string email, string passwordHash, string firstName, string lastName, CancellationToken cancellationToken) =>
        executor.QuerySingleAsync<User>(InsertUser, new { Email = email, PasswordHash = passwordHash, FirstName = firstName, LastName = lastName }, cancellationToken);

    public Task<User?> GetUserByIdAsync(Guid id, CancellationToken cancellationToken) =>
        executor.QuerySingleOrDefaultAsync<User>(GetUserById, new { Id = id }, cancellationToken);

    public Task<User?> GetUserByEmailAsync(string email, CancellationToken cancellationToken) =>
        executor.QuerySingleOrDefaultAsync<User>(GetUserByEmail, new { Email = email }, cancellationToken);

    public Task<UserCredentials?> GetUserCredentialsByEmailAsync(string email, CancellationToken cancellationToken) =>
        executor.QuerySingleOrDefaultAsync<UserCredentials>(GetUserCredentialsByEmail, new { Email = email }, cancellationToken);

    public Task<UserCredentials?> GetUserCredentialsByIdAsync(Guid id, CancellationToken cancellationToken) =>
        executor.QuerySingleOrDefaultAsync<UserCredentials>(GetUserCredentialsById, new { Id = id }, cancellationToken);

    public Task<int> UpdateUserPasswordAsync(Guid id, string passwordHash, CancellationToken cancellationToken) =>
        executor.ExecuteAsync(UpdateUserPassword, new { Id = id, PasswordHash = passwordHash }, cancellationToken);
}

/// <summary>The stored hash of one user; internal so it can never be returned to a caller.</summary>
internal sealed record UserCredentials(Guid Id, string PasswordHash);
