using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TravelPlanner.Data.Services;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.DependencyInjection;

/// <summary>The library in a generic host, as an application wires it: options checked when the host starts.</summary>
public sealed class HostStartupTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task A_host_without_a_connection_string_fails_to_start_and_says_which_setting_is_missing()
    {
        using var host = Build(new Dictionary<string, string?>());

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("ConnectionStrings:TravelPlanner", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_host_with_the_connection_string_in_configuration_starts_and_serves_the_library()
    {
        using var host = Build(new Dictionary<string, string?>
        {
            ["ConnectionStrings:TravelPlanner"] = database.ConnectionString,
            ["TravelPlanner:PasswordWorkFactor"] = "4",
        });

        await host.StartAsync(TestContext.Current.CancellationToken);
        var users = host.Services.GetRequiredService<IUserService>();
        var user = await users.RegisterAsync(Builders.UserBuilder.New().Build());
        await host.StopAsync(TestContext.Current.CancellationToken);

        Assert.NotEqual(Guid.Empty, user.Id);
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        // No defaults: the machine's environment variables must not leak a connection string in.
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddTravelPlannerData(builder.Configuration);
        return builder.Build();
    }
}
