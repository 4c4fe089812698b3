using StackExchange.Redis;

namespace TravelPlanner.Data.Tests.Caching;

internal static class CacheConnections
{
    /// <summary>A multiplexer configured as the library configures its own: short timeouts, no abort on connect failure.</summary>
    public static Task<ConnectionMultiplexer> ConnectAsync(string configuration)
    {
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = 1000;
        options.AsyncTimeout = 250;
        options.SyncTimeout = 250;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        return ConnectionMultiplexer.ConnectAsync(options);
    }
}
