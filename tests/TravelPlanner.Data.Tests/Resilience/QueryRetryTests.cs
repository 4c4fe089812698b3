using TravelPlanner.Data.Changes;
using TravelPlanner.Data.Errors;
using TravelPlanner.Data.Repositories;
using TravelPlanner.Data.Repositories.Rows;
using TravelPlanner.Data.Resilience;
using TravelPlanner.Data.Services;
using TravelPlanner.Data.Sql;
using TravelPlanner.Data.Tests.Builders;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Resilience;

/// <summary>
/// Retries against a real server: backends are killed with <c>pg_terminate_backend</c> (what a failover
/// or an idle-session reaper does), reads come back, writes of unknown outcome are never re-run.
/// Each test tags its connections with its own application name, so it only kills its own backends.
/// </summary>
public sealed class QueryRetryTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    // Trivial test statements: a read that sleeps, and a harmless write (a temp table) that sleeps.
    private static readonly ReadQuery SleepingRead = new("tests/sleeping_read", "select 42 from pg_sleep(@seconds)");
    private static readonly WriteQuery SleepingWrite = new("tests/sleeping_write", "create temp table sleeping_write as select 42 as answer from pg_sleep(@seconds)");

    // Two result sets, the second one slow: a backend killed while it runs dies between result sets.
    private static readonly ReadQuery SleepingBatch = new("tests/sleeping_batch", "select 1; select 42 from pg_sleep(@seconds)");

    private static readonly RetryOptions FastRetry = new() { MaxRetries = 3, BaseDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromMilliseconds(50) };

    [Fact]
    public async Task A_read_whose_backend_is_terminated_mid_query_is_retried_and_succeeds()
    {
        using var measurements = new FlowMeasurements();
        await using var tagged = TaggedExecutor.Create(database, FastRetry);

        var read = tagged.Executor.QuerySingleAsync<int>(SleepingRead, new { seconds = 1.0 }, TestContext.Current.CancellationToken);
        await TerminateWhenActiveAsync(tagged.Application, "pg_sleep");

        Assert.Equal(42, await read);
        Assert.Equal(1, measurements.Retries);
    }

    [Fact]
    public async Task A_multi_result_read_whose_backend_is_terminated_between_result_sets_is_retried_and_succeeds()
    {
        using var measurements = new FlowMeasurements();
        await using var tagged = TaggedExecutor.Create(database, FastRetry);

        // The first result set is read; the backend dies while the second statement runs (issue 14, item 7: the
        // trip list and details are such batches).
        var read = tagged.Executor.QueryResultSetsAsync(SleepingBatch, new { seconds = 1.0 }, ReadBothAsync, TestContext.Current.CancellationToken);
        await TerminateWhenActiveAsync(tagged.Application, "pg_sleep");

        Assert.Equal(43, await read);
        Assert.Equal(1, measurements.Retries);
    }

    [Fact]
    public async Task A_multi_result_read_that_loses_its_backend_between_result_sets_fails_with_the_librarys_error()
    {
        await using var tagged = TaggedExecutor.Create(database, new RetryOptions { MaxRetries = 0 });

        var read = tagged.Executor.QueryResultSetsAsync(SleepingBatch, new { seconds = 1.0 }, ReadBothAsync, TestContext.Current.CancellationToken);
        await TerminateWhenActiveAsync(tagged.Application, "pg_sleep");

        // Whatever Npgsql and Dapper raise between result sets, the caller sees the library's type.
        var error = await Assert.ThrowsAsync<DataAccessException>(() => read.AsTask());
        Assert.Contains("connection", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_pooled_connection_whose_backend_was_terminated_between_calls_is_replaced_by_a_retry()
    {
        var application = TaggedExecutor.NewApplicationName();
        await using var services = TestServices.Create(database, o =>
        {
            o.ConnectionString = TaggedExecutor.ConnectionString(database, application);
            o.Retry = FastRetry;
        });
        var users = services.Get<IUserService>();
        var user = await UserBuilder.New().CreateAsync(users);
        await users.GetByIdAsync(user.Id);
        using var measurements = new FlowMeasurements();

        Assert.True(await TerminateAsync(application, state: "idle") > 0, "no idle pooled connection to terminate");

        Assert.Equal(user, await users.GetByIdAsync(user.Id));
        Assert.True(measurements.Retries >= 1, $"expected a retry, saw {measurements.Retries}");
    }

    [Fact]
    public async Task A_write_whose_backend_is_terminated_mid_statement_is_not_re_run()
    {
        using var measurements = new FlowMeasurements();
        await using var tagged = TaggedExecutor.Create(database, FastRetry);

        var write = tagged.Executor.ExecuteAsync(SleepingWrite, new { seconds = 1.0 }, DataChange.None, TestContext.Current.CancellationToken);
        await TerminateWhenActiveAsync(tagged.Application, "pg_sleep");

        // The server may or may not have applied it: running it again could apply it twice, and the error says so.
        var error = await Assert.ThrowsAsync<DataAccessException>(() => write.AsTask());
        Assert.Contains("outcome is unknown", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, measurements.Retries);
    }

    [Fact]
    public async Task A_transaction_whose_backend_dies_before_the_commit_answers_is_not_run_again()
    {
        using var measurements = new FlowMeasurements();
        await using var tagged = TaggedExecutor.Create(database, FastRetry);
        var runs = 0;

        var unitOfWork = tagged.Executor.InTransactionAsync(async transaction =>
        {
            runs++;
            await tagged.Executor.ExecuteAsync(SleepingWrite, new { seconds = 0.0 }, DataChange.None, TestContext.Current.CancellationToken, transaction);
            // The connection goes away between the work and the commit: the outcome is unknown to the caller.
            Assert.Equal(1, await TerminateAsync(tagged.Application, state: "idle in transaction"));
            return 0;
        }, TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<DataAccessException>(() => unitOfWork);
        Assert.Equal(1, runs);
        Assert.Equal(0, measurements.Retries);
    }

    [Fact]
    public async Task A_unique_violation_is_reported_as_a_conflict_without_a_retry()
    {
        await using var services = TestServices.Create(database, o => o.Retry = FastRetry);
        var users = services.Get<IUserService>();
        var first = await UserBuilder.New().CreateAsync(users);
        using var measurements = new FlowMeasurements();

        await Assert.ThrowsAsync<ConflictException>(() => users.RegisterAsync(UserBuilder.New().WithEmail(first.Email).Build()));

        Assert.Equal(0, measurements.Retries);
    }

    [Fact]
    public async Task Cancelling_a_running_read_ends_it_at_once_and_is_not_retried()
    {
        using var measurements = new FlowMeasurements();
        await using var tagged = TaggedExecutor.Create(database, FastRetry);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var started = DateTime.UtcNow;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            async () => await tagged.Executor.QuerySingleAsync<int>(SleepingRead, new { seconds = 30.0 }, cancellation.Token));

        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10), "the cancellation was not honoured");
        Assert.Equal(0, measurements.Retries);
    }

    [Fact]
    public async Task A_read_over_the_command_timeout_fails_as_a_timeout_without_a_retry()
    {
        using var measurements = new FlowMeasurements();
        await using var tagged = TaggedExecutor.Create(database, FastRetry, commandTimeout: TimeSpan.FromSeconds(1));

        var error = await Assert.ThrowsAsync<DataAccessException>(
            async () => await tagged.Executor.QuerySingleAsync<int>(SleepingRead, new { seconds = 10.0 }, TestContext.Current.CancellationToken));

        Assert.Contains("did not answer in time", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, measurements.Retries);
    }

    private static async ValueTask<int> ReadBothAsync(ResultSets sets) =>
        await sets.ReadSingleAsync<int>() + await sets.ReadSingleAsync<int>();

    private Task TerminateWhenActiveAsync(string application, string marker) =>
        BackendTerminator.TerminateWhenActiveAsync(database, application, marker);

    private Task<int> TerminateAsync(string application, string state, string marker = "") =>
        BackendTerminator.TerminateAsync(database, application, state, marker);
}
