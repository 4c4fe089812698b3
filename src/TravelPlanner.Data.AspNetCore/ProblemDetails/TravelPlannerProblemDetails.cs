using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using TravelPlanner.Data.Errors;

namespace TravelPlanner.Data.ProblemDetails;

/// <summary>
/// The library's exceptions as RFC 9457 problem details: the one table from <see cref="TravelPlannerException"/> to an
/// HTTP status. Client errors carry the library's message (it names the field or resource, never a value); server-side
/// failures (503) carry a fixed text, since the driver's message may name hosts or SQL.
/// </summary>
internal static class TravelPlannerProblemDetails
{
    public static Microsoft.AspNetCore.Mvc.ProblemDetails Create(TravelPlannerException exception) => exception switch
    {
        ValidationException validation => new HttpValidationProblemDetails(validation.Errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more fields are invalid.",
            Detail = validation.Message,
        },
        NotFoundException notFound => With(new() { Status = StatusCodes.Status404NotFound, Title = "Not found.", Detail = notFound.Message }, "resource", notFound.Resource),
        ConflictException conflict => With(new() { Status = StatusCodes.Status409Conflict, Title = "Conflict.", Detail = conflict.Message }, "field", conflict.Field),
        AuthenticationFailedException failed => new() { Status = StatusCodes.Status401Unauthorized, Title = "Authentication failed.", Detail = failed.Message },
        _ => new()
        {
            // DataAccessException, PrimaryUnavailableException, ConnectionPoolExhaustedException: the request was valid and may
            // succeed later; the outcome of a write under way may be unknown (PrimaryUnavailableException says so).
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "The database is unavailable.",
            Detail = "The request could not be completed now; try again later.",
        },
    };

    private static Microsoft.AspNetCore.Mvc.ProblemDetails With(Microsoft.AspNetCore.Mvc.ProblemDetails problem, string key, string? value)
    {
        if (value is not null)
        {
            problem.Extensions[key] = value;
        }

        return problem;
    }
}
