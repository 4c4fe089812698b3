using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Models;

namespace TravelPlanner.Data.Services;

/// <summary>User accounts and login (the seed's Passport.js local strategy). Not cached.</summary>
public interface IUserService
{
    /// <summary>Creates an account. The e-mail is trimmed and lower-cased; only a BCrypt hash of the password is stored.</summary>
    /// <exception cref="ValidationException">A field is missing, too long, or the password is shorter than 8 or longer than 72 UTF-8 bytes.</exception>
    /// <exception cref="ConflictException">An account with this e-mail exists (field <c>email</c>).</exception>
    Task<User> RegisterAsync(RegisterUser registration, CancellationToken cancellationToken = default);

    /// <summary>
    /// Checks e-mail and password. Rehashes the password when the configured work factor rose since it was hashed.
    /// </summary>
    /// <exception cref="AuthenticationFailedException">Unknown e-mail or wrong password: the same error for both.</exception>
    /// <exception cref="ValidationException">The e-mail or password holds a NUL or an unpaired UTF-16 surrogate.</exception>
    Task<User> AuthenticateAsync(string email, string password, CancellationToken cancellationToken = default);

    /// <summary>The user with this id.</summary>
    /// <exception cref="NotFoundException">No such user.</exception>
    Task<User> GetByIdAsync(Guid userId, CancellationToken cancellationToken = default);

    /// <summary>The user with this e-mail (case-insensitive), or null.</summary>
    /// <exception cref="ValidationException">The e-mail holds a NUL or an unpaired UTF-16 surrogate (field <c>email</c>).</exception>
    Task<User?> FindByEmailAsync(string email, CancellationToken cancellationToken = default);

    /// <summary>Replaces the password after checking the current one.</summary>
    /// <exception cref="AuthenticationFailedException">The current password is wrong.</exception>
    /// <exception cref="ValidationException">The new password breaks the password rules (field <c>newPassword</c>).</exception>
    /// <exception cref="NotFoundException">No such user.</exception>
    Task ChangePasswordAsync(Guid userId, string currentPassword, string newPassword, CancellationToken cancellationToken = default);
}
