using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TravelPlanner.Data.ProblemDetails;

#pragma warning disable IDE0130
namespace Microsoft.Extensions.DependencyInjection;
#pragma warning restore IDE0130

/// <summary>The library's exceptions as HTTP problem details.</summary>
public static class TravelPlannerProblemDetailsServiceCollectionExtensions
{
    /// <summary>
    /// Registers ASP.NET Core's problem-details service and an <see cref="IExceptionHandler"/> that answers the library's
    /// exceptions: <c>ValidationException</c> 400 (a validation problem whose <c>errors</c> name every invalid field),
    /// <c>AuthenticationFailedException</c> 401, <c>NotFoundException</c> 404 (another user's row included: the library
    /// does not say it exists), <c>ConflictException</c> 409, and the database failures (<c>DataAccessException</c>,
    /// <c>PrimaryUnavailableException</c>, <c>ConnectionPoolExhaustedException</c>) 503. The host enables it with
    /// <c>app.UseExceptionHandler()</c>; other exceptions go on to the host's own handling. Idempotent.
    /// </summary>
    public static IServiceCollection AddTravelPlannerDataProblemDetails(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddProblemDetails();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IExceptionHandler, TravelPlannerExceptionHandler>());
        return services;
    }
}
