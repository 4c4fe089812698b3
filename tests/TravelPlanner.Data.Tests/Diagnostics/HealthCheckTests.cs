using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TravelPlanner.Data.Testing;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Diagnostics;

public sealed class HealthCheckTests(TestDatabase database, RedisFixture redis) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Both_checks_are_healthy_against_the_real_servers()
    {
        var report = await CheckAsync(database.ConnectionString, redis.ConnectionString);

        Assert.Equal(HealthStatus.Healthy, report.Entries[TravelPlannerDataHealthChecksBuilderExtensions.PostgresCheckName].Status);
        Assert.Equal(HealthStatus.Healthy, report.Entries[TravelPlannerDataHealthChecksBuilderExtensions.RedisCheckName].Status);
        Assert.Contains("Redis answers PING", report.Entries[TravelPlannerDataHealthChecksBuilderExtensions.RedisCheckName].Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dead_PostgreSQL_is_unhealthy_and_a_dead_Redis_only_degraded_without_throwing()
    {
        var postgres = $"Host=127.0.0.1;Port={FreePort.Find()};Database=none;Username=none;Password=none;Timeout=3";
        var deadRedis = $"127.0.0.1:{FreePort.Find()}";

        var report = await CheckAsync(postgres, deadRedis);

        var postgresEntry = report.Entries[TravelPlannerDataHealthChecksBuilderExtensions.PostgresCheckName];
        var redisEntry = report.Entries[TravelPlannerDataHealthChecksBuilderExtensions.RedisCheckName];
        Assert.Equal(HealthStatus.Unhealthy, postgresEntry.Status);
        Assert.StartsWith("PostgreSQL is unreachable", postgresEntry.Description, StringComparison.Ordinal);
        Assert.Equal(HealthStatus.Degraded, redisEntry.Status);
        Assert.StartsWith("Redis is unreachable", redisEntry.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_Redis_down_and_PostgreSQL_up_the_instance_is_degraded_not_unhealthy()
    {
        // Regression: /health reported Unhealthy (503) with Redis down while every request was served from
        // PostgreSQL, so a readiness probe would have taken a healthy instance out.
        var report = await CheckAsync(database.ConnectionString, $"127.0.0.1:{FreePort.Find()}");

        Assert.Equal(HealthStatus.Degraded, report.Status);
        Assert.Equal(HealthStatus.Healthy, report.Entries[TravelPlannerDataHealthChecksBuilderExtensions.PostgresCheckName].Status);
    }

    [Fact]
    public async Task The_redis_check_is_healthy_when_no_cache_is_configured()
    {
        var report = await CheckAsync(database.ConnectionString, redisConnectionString: null);

        var entry = report.Entries[TravelPlannerDataHealthChecksBuilderExtensions.RedisCheckName];
        Assert.Equal(HealthStatus.Healthy, entry.Status);
        Assert.Equal("No Redis cache is configured.", entry.Description);
    }

    [Fact]
    public async Task Without_the_Redis_package_registered_the_redis_check_is_healthy_and_both_are_ready_checks()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddTravelPlannerData(o => o.ConnectionString = database.ConnectionString);
        services.AddHealthChecks().AddTravelPlannerDataHealthChecks();
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HealthStatus.Healthy, report.Status);
        Assert.Equal("No Redis cache is configured.", report.Entries[TravelPlannerDataHealthChecksBuilderExtensions.RedisCheckName].Description);
        Assert.All(report.Entries.Values, e => Assert.Equal([TravelPlanner.Data.Diagnostics.TravelPlannerHealthTags.Ready], e.Tags));
    }

    [Fact]
    public async Task A_host_may_report_a_failing_server_as_degraded_and_tag_the_checks()
    {
        var deadRedis = $"127.0.0.1:{FreePort.Find()}";

        var report = await CheckAsync(database.ConnectionString, deadRedis, HealthStatus.Degraded, ["ready"]);

        Assert.Equal(HealthStatus.Degraded, report.Status);
        Assert.All(report.Entries.Values, e => Assert.Contains("ready", e.Tags));
    }

    private static async Task<HealthReport> CheckAsync(
        string postgres,
        string? redisConnectionString,
        HealthStatus? failureStatus = null,
        string[]? tags = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddTravelPlannerData(o => o.ConnectionString = postgres)
            .AddRedisCache(o => o.RedisConnectionString = redisConnectionString);
        services.AddHealthChecks().AddTravelPlannerDataHealthChecks(failureStatus, tags, timeout: TimeSpan.FromSeconds(10));
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync(TestContext.Current.CancellationToken);
    }
}
