namespace TravelPlanner.Api;

/// <summary>
/// Who is calling: the <c>X-User-Id</c> header, the id returned by register or login. A sample's stand-in for
/// authentication (a real application issues a token at login and reads the user from its claims); a missing or
/// malformed header is 401, and the library's ownership rules do the rest (another user's trip is 404).
/// </summary>
internal static class CurrentUser
{
    public const string Header = "X-User-Id";

    public static bool TryGet(HttpContext context, out Guid userId) =>
        Guid.TryParse(context.Request.Headers[Header], out userId) && userId != Guid.Empty;

    /// <summary>An endpoint filter that answers 401 (problem details) when the header is missing.</summary>
    public static async ValueTask<object?> RequireAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        TryGet(context.HttpContext, out _)
            ? await next(context).ConfigureAwait(false)
            : Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Authentication required.", detail: $"Send the {Header} header with the id register or login returned.");

    public static Guid Of(HttpContext context) => TryGet(context, out var id) ? id : throw new InvalidOperationException("The user filter did not run.");
}
