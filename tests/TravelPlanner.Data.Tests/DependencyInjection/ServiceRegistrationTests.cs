using TravelPlanner.Data.Models;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using TravelPlanner.Data.Caching;
using TravelPlanner.Data.Security;
using TravelPlanner.Data.Services;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.DependencyInjection;

public sealed class ServiceRegistrationTests(TestDatabase database, RedisFixture redis) : IClassFixture<TestDatabase>
{
    public static TheoryData<bool> WithAndWithoutRedis => new(false, true);

    /// <summary>
    /// Every public interface a host may ask the container for; the generic trip-item interface in each of the
    /// closed forms the per-item interfaces derive from.
    /// </summary>
    private static IReadOnlyList<Type> PublicServiceInterfaces { get; } = typeof(ITripService).Assembly.GetExportedTypes()
        .Where(t => t.IsInterface && t.Namespace is "TravelPlanner.Data.Services" or "TravelPlanner.Data.Security")
        .SelectMany(t => t.IsGenericTypeDefinition
            ? typeof(ITripService).Assembly.GetExportedTypes().SelectMany(i => i.GetInterfaces()).Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == t).Distinct()
            : [t])
        .ToList();

    [Theory]
    [MemberData(nameof(WithAndWithoutRedis))]
    public async Task Every_public_service_interface_resolves_from_a_validated_container(bool withRedis)
    {
        var services = new ServiceCollection();
        var configuration = Configuration(withRedis);
        services.AddTravelPlannerData(configuration).AddRedisCache(configuration);

        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.Contains(typeof(IPasswordHasher), PublicServiceInterfaces);
        Assert.Contains(typeof(ITripItemService<Hotel, HotelInput>), PublicServiceInterfaces);
        Assert.True(PublicServiceInterfaces.Count >= 17, $"only {PublicServiceInterfaces.Count} interfaces found");
        foreach (var type in PublicServiceInterfaces)
        {
            Assert.NotNull(provider.GetRequiredService(type));
        }

        Assert.Equal(withRedis, provider.GetService<IConnectionMultiplexer>() is not null);
        var user = await provider.GetRequiredService<IUserService>().RegisterAsync(Builders.UserBuilder.New().Build());
        Assert.Equal(user, await provider.GetRequiredService<IUserService>().GetByIdAsync(user.Id));
    }

    [Fact]
    public void The_configuration_overload_binds_the_section_with_the_connection_strings_as_fall_backs()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:TravelPlanner"] = database.ConnectionString,
            ["ConnectionStrings:Redis"] = redis.ConnectionString,
            ["TravelPlanner:PasswordWorkFactor"] = "5",
            ["TravelPlanner:CommandTimeout"] = "00:00:07",
            ["TravelPlanner:Retry:MaxRetries"] = "1",
            ["TravelPlanner:Cache:OperationTimeout"] = "00:00:00.5",
        }).Build();
        var services = new ServiceCollection();

        services.AddTravelPlannerData(configuration).AddRedisCache(configuration);
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<TravelPlannerDataOptions>>().Value;
        var cache = provider.GetRequiredService<IOptions<TravelPlannerCacheOptions>>().Value;

        Assert.Equal(database.ConnectionString, options.ConnectionString);
        Assert.Equal(redis.ConnectionString, cache.RedisConnectionString);
        Assert.Equal(5, options.PasswordWorkFactor);
        Assert.Equal(TimeSpan.FromSeconds(7), options.CommandTimeout);
        Assert.Equal(1, options.Retry.MaxRetries);
        Assert.Equal(TimeSpan.FromMilliseconds(500), cache.OperationTimeout);
    }

    [Fact]
    public void The_section_connection_string_wins_over_connection_strings()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:TravelPlanner"] = "Host=elsewhere",
            ["TravelPlanner:ConnectionString"] = database.ConnectionString,
        }).Build();
        var services = new ServiceCollection();

        services.AddTravelPlannerData(configuration).AddRedisCache(configuration);
        using var provider = services.BuildServiceProvider();

        Assert.Equal(database.ConnectionString, provider.GetRequiredService<IOptions<TravelPlannerDataOptions>>().Value.ConnectionString);
        Assert.Null(provider.GetService<IConnectionMultiplexer>());
    }

    [Fact]
    public void A_missing_connection_string_stops_start_up_with_a_message_naming_the_setting()
    {
        var services = new ServiceCollection();
        services.AddTravelPlannerData(new ConfigurationBuilder().Build());
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("connection string is missing", error.Message, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings__TravelPlanner", error.Message, StringComparison.Ordinal);
        Assert.Contains("TravelPlanner:ConnectionString", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_work_factor_and_non_positive_timeouts_are_all_reported_by_key()
    {
        var services = new ServiceCollection();
        services.AddTravelPlannerData(o =>
        {
            o.ConnectionString = database.ConnectionString;
            o.PasswordWorkFactor = 40;
            o.CommandTimeout = TimeSpan.Zero;
            o.Retry.BaseDelay = TimeSpan.FromMilliseconds(-1);
        }).AddRedisCache(o => o.OperationTimeout = TimeSpan.Zero);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<TravelPlannerDataOptions>>().Value);
        var cacheError = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<TravelPlannerCacheOptions>>().Value);

        Assert.Contains(error.Failures, f => f.StartsWith("TravelPlanner:PasswordWorkFactor is 40", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("TravelPlanner:CommandTimeout", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("TravelPlanner:Retry:BaseDelay", StringComparison.Ordinal));
        Assert.Contains(cacheError.Failures, f => f.StartsWith("TravelPlanner:Cache:OperationTimeout", StringComparison.Ordinal));
    }

    [Fact]
    public void A_connection_string_npgsql_cannot_parse_is_refused_without_echoing_it()
    {
        var services = new ServiceCollection();
        services.AddTravelPlannerData(o => o.ConnectionString = "Host=x;Pasword=hunter2");
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("not a valid PostgreSQL connection string", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_connection_string_with_another_text_encoding_is_refused_naming_the_setting()
    {
        var services = new ServiceCollection();
        services.AddTravelPlannerData(o => o.ConnectionString = "Host=x;Encoding=LATIN1");
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Encoding=LATIN1", error.Message, StringComparison.Ordinal);
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }

    private IConfiguration Configuration(bool withRedis) => new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["ConnectionStrings:TravelPlanner"] = database.ConnectionString,
        ["ConnectionStrings:Redis"] = withRedis ? redis.ConnectionString : null,
        ["TravelPlanner:PasswordWorkFactor"] = "4",
    }).Build();
}
