using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using TravelPlanner.Data.Errors;

namespace TravelPlanner.Data.ProblemDetails;

/// <summary>Writes a <see cref="TravelPlannerException"/> as problem details (<see cref="TravelPlannerProblemDetails"/>); any other exception is left to the next handler.</summary>
internal sealed class TravelPlannerExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (exception is not TravelPlannerException known)
        {
            return false;
        }

        var problem = TravelPlannerProblemDetails.Create(known);
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        }).ConfigureAwait(false);
    }
}
