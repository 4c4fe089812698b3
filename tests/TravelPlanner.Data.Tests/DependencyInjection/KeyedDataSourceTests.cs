using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Npgsql;
using TravelPlanner.Data.Services;
using TravelPlanner.Data.Testing;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.DependencyInjection;

/// <summary>
/// The library's data source is Npgsql.DependencyInjection's, under a service key of its own and logging through the
/// host's logger factory: a host's own <see cref="NpgsqlDataSource"/> (here one on a server that does not exist) never
/// changes what the services, the importer or the health check talk to.
/// </summary>
public sealed class KeyedDataSourceTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    public static TheoryData<bool> HostFirst => new(true, false);

    [Theory]
    [MemberData(nameof(HostFirst))]
    public async Task A_hosts_own_data_source_registered_before_or_after_never_changes_what_the_library_talks_to(bool hostFirst)
    {
        var hostConnectionString = $"Host=127.0.0.1;Port={FreePort.Find()};Database=host_own;Username=nobody;Timeout=2";
        var services = new ServiceCollection();
        services.AddLogging();
        if (hostFirst)
        {
            services.AddNpgsqlDataSource(hostConnectionString);
        }

        services.AddTravelPlannerData(o =>
        {
            o.ConnectionString = database.ConnectionString;
            o.PasswordWorkFactor = 4;
        });
        if (!hostFirst)
        {
            services.AddNpgsqlDataSource(hostConnectionString);
        }

        services.AddHealthChecks().AddTravelPlannerDataHealthChecks();
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var user = await provider.GetRequiredService<IUserService>().RegisterAsync(Builders.UserBuilder.New().Build());
        var health = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync(TestContext.Current.CancellationToken);

        Assert.Equal(user, await provider.GetRequiredService<IUserService>().GetByIdAsync(user.Id));
        Assert.Equal(HealthStatus.Healthy, health.Entries[TravelPlannerDataHealthChecksBuilderExtensions.PostgresCheckName].Status);
        var hosts = provider.GetRequiredService<NpgsqlDataSource>();
        var library = provider.GetRequiredKeyedService<NpgsqlDataSource>(TravelPlannerDataServiceCollectionExtensions.DataSourceServiceKey);
        Assert.NotSame(hosts, library);
        Assert.Equal("host_own", new NpgsqlConnectionStringBuilder(hosts.ConnectionString).Database);
        Assert.Equal(new NpgsqlConnectionStringBuilder(database.ConnectionString).Database, new NpgsqlConnectionStringBuilder(library.ConnectionString).Database);
    }

    [Fact]
    public async Task Without_a_data_source_of_the_hosts_the_library_registers_none_unkeyed()
    {
        var services = new ServiceCollection();
        services.AddTravelPlannerData(o => o.ConnectionString = database.ConnectionString);
        await using var provider = services.BuildServiceProvider();

        Assert.Null(provider.GetService<NpgsqlDataSource>());
        Assert.NotNull(provider.GetRequiredKeyedService<NpgsqlDataSource>(TravelPlannerDataServiceCollectionExtensions.DataSourceServiceKey));
    }

    [Fact]
    public async Task The_data_source_logs_through_the_hosts_logger_factory()
    {
        var logged = new ConcurrentBag<string>();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddProvider(new CapturingProvider(logged)));
        services.AddTravelPlannerData(o =>
        {
            o.ConnectionString = database.ConnectionString;
            o.PasswordWorkFactor = 4;
        });
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IUserService>().RegisterAsync(Builders.UserBuilder.New().Build());

        Assert.Contains(logged, category => category.StartsWith("Npgsql", StringComparison.Ordinal));
    }

    private sealed class CapturingProvider(ConcurrentBag<string> categories) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, categories);

        public void Dispose()
        {
        }
    }

    private sealed class CapturingLogger(string category, ConcurrentBag<string> categories) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            categories.Add(category);
    }
}
