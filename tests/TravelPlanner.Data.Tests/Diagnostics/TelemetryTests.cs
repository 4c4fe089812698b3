using System.Collections.Concurrent;
using System.Diagnostics;
using TravelPlanner.Data.Diagnostics;
using TravelPlanner.Data.Services;
using TravelPlanner.Data.Tests.Builders;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Diagnostics;

public sealed class TelemetryTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private const string TestSourceName = "TravelPlanner.Data.Tests.Telemetry";
    private static readonly ActivitySource TestSource = new(TestSourceName);

    [Fact]
    public async Task Each_query_emits_a_client_activity_and_a_duration_named_for_its_sql_file()
    {
        var stopped = new ConcurrentQueue<Activity>();
        using var listener = Listen(stopped);
        await using var services = TestServices.Create(database);
        var users = services.Get<IUserService>();
        using var measurements = new FlowMeasurements();

        // A parent activity of this test's own, so activities of tests running in parallel are left out.
        ActivityTraceId trace;
        using (var parent = TestSource.StartActivity("test"))
        {
            trace = parent!.TraceId;
            var user = await UserBuilder.New().CreateAsync(users);
            await users.GetByIdAsync(user.Id);
        }

        var ours = stopped.Where(a => a.Source.Name == TravelPlannerDiagnostics.Name && a.TraceId == trace).ToList();
        Assert.NotEmpty(ours);
        Assert.All(ours, a =>
        {
            Assert.Equal(ActivityKind.Client, a.Kind);
            Assert.Equal("postgresql", a.GetTagItem("db.system.name"));
            Assert.Equal(a.DisplayName, a.GetTagItem("db.query.name"));
            Assert.StartsWith("users/", a.DisplayName, StringComparison.Ordinal);
        });

        var durations = measurements.TagsOf("db.client.operation.duration");
        Assert.Equal(ours.Count, durations.Count);
        Assert.Equal(
            ours.Select(a => a.DisplayName).Order(StringComparer.Ordinal),
            durations.Select(t => (string)t["db.query.name"]!).Order(StringComparer.Ordinal));
        // Seconds, as OpenTelemetry's database conventions record them: no statement here takes anywhere near a second.
        Assert.InRange(measurements.Sum("db.client.operation.duration") / durations.Count, 1e-6, 1.0);
    }

    [Fact]
    public async Task A_failed_statement_and_a_failed_connection_leave_spans_and_durations_with_the_error_type()
    {
        var stopped = new ConcurrentQueue<Activity>();
        using var listener = Listen(stopped);
        await using var services = TestServices.Create(database);
        await using var unreachable = TestServices.Create(database, o =>
        {
            o.ConnectionString = $"Host=127.0.0.1;Port={TravelPlanner.Data.Testing.FreePort.Find()};Database=none;Username=none;Timeout=2";
            o.Retry.MaxRetries = 0;
        });
        using var measurements = new FlowMeasurements();

        ActivityTraceId trace;
        using (var parent = TestSource.StartActivity("test"))
        {
            trace = parent!.TraceId;
            var builder = UserBuilder.New();
            await builder.CreateAsync(services.Get<IUserService>());
            await Assert.ThrowsAsync<Errors.ConflictException>(() => builder.CreateAsync(services.Get<IUserService>()));
            await Assert.ThrowsAsync<Errors.DataAccessException>(() => unreachable.Get<IUserService>().GetByIdAsync(Guid.NewGuid()));
        }

        var failed = stopped.Where(a => a.Source.Name == TravelPlannerDiagnostics.Name && a.TraceId == trace && a.Status == ActivityStatusCode.Error).ToList();
        var duplicate = Assert.Single(failed, a => a.DisplayName == "users/insert_user");
        Assert.Equal(("23505", "23505"), ((string?)duplicate.GetTagItem("error.type"), (string?)duplicate.GetTagItem("db.response.status_code")));
        var refused = Assert.Single(failed, a => a.DisplayName != "users/insert_user");
        Assert.Equal(typeof(Npgsql.NpgsqlException).FullName, refused.GetTagItem("error.type"));
        Assert.Null(refused.GetTagItem("db.response.status_code"));
        Assert.Contains(measurements.TagsOf("db.client.operation.duration"), t => (string?)t.GetValueOrDefault("error.type") == "23505");
    }

    [Fact]
    public void The_activity_source_and_the_meter_share_the_library_name()
    {
        Assert.Equal("TravelPlanner.Data", TravelPlannerDiagnostics.ActivitySource.Name);
        Assert.Equal("TravelPlanner.Data", TravelPlannerDiagnostics.Meter.Name);
    }

    /// <summary>Collects every stopped activity of the library and of this test class's own source.</summary>
    private static ActivityListener Listen(ConcurrentQueue<Activity> stopped)
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name is TravelPlannerDiagnostics.Name or TestSourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }
}
