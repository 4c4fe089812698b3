namespace TravelPlanner.Data.Models;

/// <summary>A user account. Never carries the password hash.</summary>
/// <param name="Id">The user's id.</param>
/// <param name="Email">The login e-mail, normalised to lower case.</param>
/// <param name="FirstName">First name.</param>
/// <param name="LastName">Last name.</param>
/// <param name="CreatedAt">When the account was created (UTC).</param>
/// <param name="UpdatedAt">When the account last changed (UTC).</param>
public sealed record User(Guid Id, string Email, string FirstName, string LastName, DateTime CreatedAt, DateTime UpdatedAt);
