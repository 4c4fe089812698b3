namespace TravelPlanner.Data.Models;

/// <summary>A travel companion profile, owned by the user who created it.</summary>
/// <param name="Id">The profile's id.</param>
/// <param name="CreatedBy">The user who created the profile and alone may change it.</param>
/// <param name="UserId">The user account the profile is linked to, if any (see <see cref="Services.ICompanionService.LinkCompanionToAccountAsync"/>).</param>
/// <param name="Name">Full name.</param>
/// <param name="Email">E-mail (lower case), unique among the creator's companions; null when unknown.</param>
/// <param name="DateOfBirth">Date of birth, if known.</param>
/// <param name="Relationship">Relationship to the creator (free text, up to 50 characters), if given.</param>
/// <param name="CreatedAt">When the profile was created (UTC).</param>
/// <param name="UpdatedAt">When the profile last changed (UTC).</param>
public sealed record Companion(
    Guid Id,
    Guid CreatedBy,
    Guid? UserId,
    string Name,
    string? Email,
    DateOnly? DateOfBirth,
    string? Relationship,
    DateTime CreatedAt,
    DateTime UpdatedAt);
