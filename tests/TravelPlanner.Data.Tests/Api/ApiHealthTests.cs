using System.Net;
using System.Text.Json;

namespace TravelPlanner.Data.Tests.Api;

/// <summary>The web sample's health endpoints, with its Redis stopped: Degraded and 200, never Unhealthy (issue 15).</summary>
public sealed class ApiHealthTests(ApiProcess api) : IClassFixture<ApiProcess>
{
    [Fact]
    public async Task With_Redis_stopped_health_is_Degraded_with_200_and_the_api_still_serves()
    {
        var token = TestContext.Current.CancellationToken;
        var ready = await GetAsync("/health/ready", token);
        Assert.Equal((HttpStatusCode.OK, "Healthy"), (ready.Status, ready.Body.GetProperty("status").GetString()));

        await api.Redis.KillAsync();
        var health = await GetAsync("/health", token);
        var live = await GetAsync("/health/live", token);
        using var search = await api.Client.GetAsync(new Uri("/airports/search?q=lis", UriKind.Relative), token);

        Assert.Equal(HttpStatusCode.OK, health.Status);
        Assert.Equal("Degraded", health.Body.GetProperty("status").GetString());
        Assert.Equal("Degraded", health.Body.GetProperty("entries").GetProperty("travelplanner-redis").GetProperty("status").GetString());
        Assert.Equal("Healthy", health.Body.GetProperty("entries").GetProperty("travelplanner-postgres").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, live.Status);
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string path, CancellationToken token)
    {
        using var response = await api.Client.GetAsync(new Uri(path, UriKind.Relative), token);
        var text = await response.Content.ReadAsStringAsync(token);
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }
}
