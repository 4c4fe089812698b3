namespace TravelPlanner.Data.Models;

/// <summary>One page of a user's companion profiles, ordered by name.</summary>
/// <param name="Items">The profiles on this page.</param>
/// <param name="Page">The page number (from 1).</param>
/// <param name="Limit">The page size used.</param>
/// <param name="Total">How many profiles the user has in all.</param>
public sealed record CompanionPage(IReadOnlyList<Companion> Items, int Page, int Limit, int Total);
