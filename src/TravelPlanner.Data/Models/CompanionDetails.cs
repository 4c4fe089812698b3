namespace TravelPlanner.Data.Models;

/// <summary>The fields of a companion profile, for creating one or replacing all its fields.</summary>
/// <param name="Name">Full name (1-255 characters; trimmed).</param>
/// <param name="Email">E-mail (trimmed, lower-cased); optional, but unique among the creator's companions ignoring case.</param>
/// <param name="DateOfBirth">Date of birth; optional, not in the future.</param>
/// <param name="Relationship">Relationship to the creator, e.g. <c>spouse</c> (up to 50 characters); optional.</param>
public sealed record CompanionDetails(string Name, string? Email = null, DateOnly? DateOfBirth = null, string? Relationship = null);
