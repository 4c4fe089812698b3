using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace TravelPlanner.Data.Tests.Fixtures;

/// <summary>
/// The library as a host wires it (<c>AddTravelPlannerData</c>) on a test class's database, with a
/// controllable clock and a cheap BCrypt work factor.
/// </summary>
public sealed class TestServices : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private TestServices(ServiceProvider provider, FakeTimeProvider clock)
    {
        _provider = provider;
        Clock = clock;
    }

    /// <summary>The clock every service sees; starts at 2030-06-15 12:00 UTC.</summary>
    public FakeTimeProvider Clock { get; }

    public static TestServices Create(TestDatabase database, Action<TravelPlannerDataOptions>? configure = null)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2030, 6, 15, 12, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddTravelPlannerData(options =>
        {
            options.ConnectionString = database.ConnectionString;
            options.PasswordWorkFactor = 4;
            configure?.Invoke(options);
        });
        return new TestServices(services.BuildServiceProvider(validateScopes: true), clock);
    }

    public T Get<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
