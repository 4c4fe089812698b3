namespace TravelPlanner.Data.Models;

/// <summary>What <see cref="Services.IUserService.RegisterAsync"/> needs to create an account.</summary>
/// <param name="Email">Login e-mail; trimmed and lower-cased before it is stored.</param>
/// <param name="Password">Plain-text password (8 to 72 UTF-8 bytes, BCrypt's limit); only its hash is stored.</param>
/// <param name="FirstName">First name (1-100 characters).</param>
/// <param name="LastName">Last name (1-100 characters).</param>
public sealed record RegisterUser(string Email, string Password, string FirstName, string LastName);
