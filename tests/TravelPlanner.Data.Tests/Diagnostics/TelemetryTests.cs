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
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name is TravelPlannerDiagnostics.Name or TestSourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
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

        var durations = measurements.TagsOf("travelplanner.db.query.duration");
        Assert.Equal(ours.Count, durations.Count);
        Assert.Equal(
            ours.Select(a => a.DisplayName).Order(StringComparer.Ordinal),
            durations.Select(t => (string)t["db.query.name"]!).Order(StringComparer.Ordinal));
        Assert.True(measurements.Sum("travelplanner.db.query.duration") > 0);
    }

    [Fact]
    public void The_activity_source_and_the_meter_share_the_library_name()
    {
        Assert.Equal("TravelPlanner.Data", TravelPlannerDiagnostics.ActivitySource.Name);
        Assert.Equal("TravelPlanner.Data", TravelPlannerDiagnostics.Meter.Name);
    }
}
