using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Caching;

public sealed class RedisFixtureTests(RedisFixture redis)
{
    [Fact]
    public async Task The_Redis_server_answers_PING()
    {
        await using var connection = await redis.ConnectAsync();

        var latency = await connection.GetDatabase().PingAsync();

        Assert.True(latency >= TimeSpan.Zero);
        Assert.True(connection.IsConnected);
    }

    [Fact]
    public async Task The_Redis_server_stores_and_returns_a_value()
    {
        await using var connection = await redis.ConnectAsync();
        var database = connection.GetDatabase();
        var key = "fixture:" + Guid.NewGuid().ToString("N");

        await database.StringSetAsync(key, "value", TimeSpan.FromMinutes(1));

        Assert.Equal("value", (string?)await database.StringGetAsync(key));
    }
}
