using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Models;
using TravelPlanner.Data.Repositories;
using TravelPlanner.Data.Security;

namespace TravelPlanner.Data.Services;

/// <summary>Accounts and login over <see cref="UserRepository"/>, passwords through <see cref="IPasswordHasher"/>.</summary>
internal sealed class UserService(UserRepository users, IPasswordHasher passwordHasher, ILogger<UserService>? logger = null) : IUserService
{
    private readonly ILogger _logger = logger ?? (ILogger)NullLogger.Instance;

    // Verifying against a real hash for unknown e-mails keeps both failures equally slow, so timing
    // does not reveal which accounts exist.
    private readonly Lazy<string> _dummyHash = new(() => passwordHasher.Hash("timing-equaliser-" + Guid.NewGuid()));

    public async Task<User> RegisterAsync(RegisterUser registration, CancellationToken cancellationToken = default)
    {
        Validate.Present(registration, "registration");
        var (email, password, firstName, lastName) = Validate.All(() => (
            Validate.Email(registration.Email, "email"),
            Validate.Password(registration.Password, "password"),
            Validate.Required(registration.FirstName, "firstName", 100),
            Validate.Required(registration.LastName, "lastName", 100)));

        var user = await users.InsertUserAsync(email, passwordHasher.Hash(password), firstName, lastName, cancellationToken).ConfigureAwait(false);
        ServiceLog.Registered(_logger, user.Id);
        return user;
    }

    public async Task<User> AuthenticateAsync(string email, string password, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            throw new AuthenticationFailedException();
        }

        Validate.Storable(email, "email");
        Validate.Storable(password, "password");

        var normalised = email.Trim().ToLowerInvariant();
        var credentials = await users.GetUserCredentialsByEmailAsync(normalised, cancellationToken).ConfigureAwait(false);
        if (credentials is null)
        {
            passwordHasher.Verify(password, _dummyHash.Value);
            ServiceLog.LoginRefused(_logger, "no account has that e-mail");
            throw new AuthenticationFailedException();
        }

        if (!passwordHasher.Verify(password, credentials.PasswordHash))
        {
            ServiceLog.LoginRefused(_logger, "wrong password");
            throw new AuthenticationFailedException();
        }

        if (passwordHasher.NeedsRehash(credentials.PasswordHash))
        {
            await users.UpdateUserPasswordAsync(credentials.Id, passwordHasher.Hash(password), cancellationToken).ConfigureAwait(false);
            ServiceLog.PasswordRehashed(_logger, credentials.Id);
        }

        return await GetByIdAsync(credentials.Id, cancellationToken).ConfigureAwait(false);
    }

    public async Task<User> GetByIdAsync(Guid userId, CancellationToken cancellationToken = default) =>
        await users.GetUserByIdAsync(userId, cancellationToken).ConfigureAwait(false) ?? throw new NotFoundException("user", userId);

    public Task<User?> FindByEmailAsync(string email, CancellationToken cancellationToken = default) =>
        string.IsNullOrWhiteSpace(email)
            ? Task.FromResult<User?>(null)
            : users.GetUserByEmailAsync(Validate.Storable(email, "email")!.Trim().ToLowerInvariant(), cancellationToken);

    public async Task ChangePasswordAsync(Guid userId, string currentPassword, string newPassword, CancellationToken cancellationToken = default)
    {
        var password = Validate.Password(newPassword, "newPassword");
        Validate.Storable(currentPassword, "currentPassword");
        var credentials = await users.GetUserCredentialsByIdAsync(userId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundException("user", userId);
        if (string.IsNullOrEmpty(currentPassword) || !passwordHasher.Verify(currentPassword, credentials.PasswordHash))
        {
            throw new AuthenticationFailedException();
        }

        await users.UpdateUserPasswordAsync(userId, passwordHasher.Hash(password), cancellationToken).ConfigureAwait(false);
    }
}
