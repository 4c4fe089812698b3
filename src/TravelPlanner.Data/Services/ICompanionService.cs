using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Models;

namespace TravelPlanner.Data.Services;

/// <summary>
/// Companion profiles (the seed's CompanionService). A profile belongs to the user who created it
/// (<see cref="Companion.CreatedBy"/>); another user's profile or trip is reported as not found.
/// </summary>
public interface ICompanionService
{
    /// <summary>One page of the profiles <paramref name="userId"/> created, ordered by name.</summary>
    /// <exception cref="ValidationException"><paramref name="page"/> or <paramref name="limit"/> is below 1 (limit is capped at 100).</exception>
    Task<CompanionPage> GetUserCompanionsAsync(Guid userId, int page = 1, int limit = 20, CancellationToken cancellationToken = default);

    /// <summary>Creates a profile owned by <paramref name="userId"/>.</summary>
    /// <exception cref="ValidationException">A field is missing, too long or malformed, or the date of birth is in the future.</exception>
    /// <exception cref="ConflictException">The user already has a companion with this e-mail, in any case (field <c>email</c>).</exception>
    Task<Companion> CreateCompanionAsync(CompanionDetails details, Guid userId, CancellationToken cancellationToken = default);

    /// <summary>Replaces every field of a profile <paramref name="userId"/> created.</summary>
    /// <exception cref="ValidationException">A field is missing, too long or malformed.</exception>
    /// <exception cref="NotFoundException">No such profile created by <paramref name="userId"/>.</exception>
    /// <exception cref="ConflictException">Another of the user's companions has this e-mail (field <c>email</c>).</exception>
    Task<Companion> UpdateCompanionAsync(Guid companionId, CompanionDetails details, Guid userId, CancellationToken cancellationToken = default);

    /// <summary>Deletes a profile <paramref name="userId"/> created, with its trip and item assignments and account link.</summary>
    /// <exception cref="NotFoundException">No such profile created by <paramref name="userId"/>.</exception>
    Task DeleteCompanionAsync(Guid companionId, Guid userId, CancellationToken cancellationToken = default);

    /// <summary>Puts one of the user's companions on one of the user's trips.</summary>
    /// <exception cref="NotFoundException">The trip (resource <c>trip</c>) or the companion (resource <c>companion</c>) is missing or not the user's.</exception>
    /// <exception cref="ConflictException">The companion is already on the trip (field <c>companionId</c>).</exception>
    Task<TripCompanion> AddCompanionToTripAsync(Guid companionId, Guid tripId, Guid userId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes a companion off a trip. Only the trip's owner may (the seed's signature has no user; this one does).
    /// </summary>
    /// <exception cref="NotFoundException">The trip is not the user's, or the companion is not on it.</exception>
    Task RemoveCompanionFromTripAsync(Guid companionId, Guid tripId, Guid userId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The user's companions whose name or e-mail contains <paramref name="query"/>, ignoring case;
    /// <c>%</c>, <c>_</c> and <c>\</c> in the query match literally. A blank query finds nothing.
    /// </summary>
    /// <exception cref="ValidationException"><paramref name="limit"/> is below 1 (it is capped at 100), or the query is over 255 characters.</exception>
    Task<IReadOnlyList<Companion>> SearchCompanionsAsync(Guid userId, string query, int limit = 10, CancellationToken cancellationToken = default);

    /// <summary>
    /// Links a profile <paramref name="userId"/> created to the registered account <paramref name="accountUserId"/>:
    /// sets <see cref="Companion.UserId"/> and records the companion relationship, in one transaction.
    /// </summary>
    /// <exception cref="ValidationException"><paramref name="accountUserId"/> is the creator's own account.</exception>
    /// <exception cref="NotFoundException">No such profile created by <paramref name="userId"/> (resource <c>companion</c>), or no such account (resource <c>user</c>).</exception>
    /// <exception cref="ConflictException">The profile is already linked to an account.</exception>
    Task<Companion> LinkCompanionToAccountAsync(Guid companionId, Guid accountUserId, Guid userId, CancellationToken cancellationToken = default);
}
