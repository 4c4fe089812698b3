namespace TravelPlanner.Api;

/// <summary>The body of <c>POST /users/login</c>.</summary>
internal sealed record Login(string Email, string Password);
