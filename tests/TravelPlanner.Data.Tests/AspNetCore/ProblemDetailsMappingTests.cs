using Microsoft.AspNetCore.Http;
using Npgsql;
using TravelPlanner.Data.Errors;
using TravelPlanner.Data.ProblemDetails;

namespace TravelPlanner.Data.Tests.AspNetCore;

/// <summary>The one table from the library's exceptions to HTTP statuses (the web sample's tests call it over HTTP).</summary>
public sealed class ProblemDetailsMappingTests
{
    public static TheoryData<TravelPlannerException, int> Cases => new()
    {
        { new ValidationException("email", "must be an e-mail address"), StatusCodes.Status400BadRequest },
        { new AuthenticationFailedException(), StatusCodes.Status401Unauthorized },
        { new NotFoundException("trip", Guid.Empty), StatusCodes.Status404NotFound },
        { new ConflictException("The e-mail is already registered.", "email"), StatusCodes.Status409Conflict },
        { new DataAccessException("The database could not be reached: Host=secret-host"), StatusCodes.Status503ServiceUnavailable },
        { new PrimaryUnavailableException(), StatusCodes.Status503ServiceUnavailable },
        { new ConnectionPoolExhaustedException(100, TimeSpan.FromSeconds(15)), StatusCodes.Status503ServiceUnavailable },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_exception_maps_to_its_status(TravelPlannerException exception, int status) =>
        Assert.Equal(status, TravelPlannerProblemDetails.Create(exception).Status);

    [Fact]
    public void A_validation_problem_names_the_invalid_field()
    {
        var problem = Assert.IsType<HttpValidationProblemDetails>(TravelPlannerProblemDetails.Create(new ValidationException("email", "must be an e-mail address")));

        Assert.Equal(["must be an e-mail address"], problem.Errors["email"]);
    }

    [Fact]
    public void A_database_failure_does_not_show_the_drivers_message()
    {
        var problem = TravelPlannerProblemDetails.Create(new DataAccessException("boom at secret-host", new NpgsqlException("secret-host")));

        Assert.DoesNotContain("secret-host", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Not_found_and_conflict_carry_the_resource_and_the_field()
    {
        Assert.Equal("trip", TravelPlannerProblemDetails.Create(new NotFoundException("trip", Guid.Empty)).Extensions["resource"]);
        Assert.Equal("email", TravelPlannerProblemDetails.Create(new ConflictException("taken", "email")).Extensions["field"]);
    }
}
