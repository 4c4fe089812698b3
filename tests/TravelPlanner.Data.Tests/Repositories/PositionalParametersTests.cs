using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Resilience;
using TravelPlanner.Data.Sql;
using TravelPlanner.Data.Tests.Fixtures;
using TravelPlanner.Data.Tests.Resilience;

namespace TravelPlanner.Data.Tests.Repositories;

/// <summary>
/// One-statement queries go out with <c>$n</c> placeholders and unnamed typed parameters (<c>PositionalParameters</c>),
/// against a real server: each value reaches its placeholder, a null still carries its type (PostgreSQL can type a bare
/// <c>$n</c> only from the parameter), and a name the parameters object lacks fails loudly.
/// </summary>
public sealed class PositionalParametersTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    // Bare placeholders in the select list: PostgreSQL has no context to type them, so each must arrive typed.
    private static readonly ReadQuery Echo = new(
        "tests/positional_echo",
        "select @Id as id, @Note as note, @When as \"when\", @Day as day, @Amount as amount, @Count as count, @id = @ID as same");

    private static readonly ReadQuery Missing = new("tests/positional_missing", "select @Absent::int as n");

    public sealed record EchoRow(Guid? Id, string? Note, DateTime? When, DateOnly? Day, decimal? Amount, long? Count, bool? Same);

    [Fact]
    public async Task Each_value_reaches_its_placeholder_and_a_repeated_name_binds_once()
    {
        await using var tagged = TaggedExecutor.Create(database, new RetryOptions());
        var id = Guid.NewGuid();
        var when = new DateTime(2031, 5, 1, 15, 30, 0, DateTimeKind.Utc);

        var row = await tagged.Executor.QuerySingleAsync<EchoRow>(
            Echo,
            new { Id = id, Note = "it's @Note; $1", When = when, Day = new DateOnly(2031, 5, 1), Amount = 12.34m, Count = 5_000_000_000L },
            TestContext.Current.CancellationToken);

        Assert.Equal(new EchoRow(id, "it's @Note; $1", when, new DateOnly(2031, 5, 1), 12.34m, 5_000_000_000L, true), row);
        Assert.Equal(DateTimeKind.Utc, row.When!.Value.Kind);
        Assert.Equal(["Id", "Note", "When", "Day", "Amount", "Count"], Echo.Positional!.Names);
    }

    [Fact]
    public async Task Nulls_arrive_typed()
    {
        await using var tagged = TaggedExecutor.Create(database, new RetryOptions());

        var row = await tagged.Executor.QuerySingleAsync<EchoRow>(
            Echo,
            new { Id = (Guid?)null, Note = (string?)null, When = (DateTime?)null, Day = (DateOnly?)null, Amount = (decimal?)null, Count = (long?)null },
            TestContext.Current.CancellationToken);

        Assert.Equal(new EchoRow(null, null, null, null, null, null, null), row);
    }

    [Fact]
    public async Task A_name_the_parameters_lack_fails_before_anything_is_sent()
    {
        await using var tagged = TaggedExecutor.Create(database, new RetryOptions());

        var error = await Assert.ThrowsAnyAsync<TravelPlannerException>(async () =>
            await tagged.Executor.QuerySingleAsync<int>(Missing, new { Present = 1 }, TestContext.Current.CancellationToken));

        Assert.Contains("@Absent", error.ToString(), StringComparison.Ordinal);
    }
}
