using System.Net;
using Npgsql;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Api;

/// <summary>
/// The web sample with the README's host setting <c>DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=1</c>: socket
/// continuations run on the socket engine's own thread, so a read that blocks on the network there (a synchronous
/// column read of a row Npgsql has not fully received) waits for the thread that would deliver it, and every socket of the
/// process stops. The reads here return more than Npgsql's 8 KB read buffer holds, in each way the library reads rows:
/// a batch (trip details), typed rows (the trip list) and Dapper's mapping (vouchers).
/// </summary>
public sealed class ApiInlineCompletionsTests(ApiInlineCompletionsTests.InlineCompletionsApi api) : IClassFixture<ApiInlineCompletionsTests.InlineCompletionsApi>
{
    // Long enough that 25 rows are several times Npgsql's read buffer.
    private static readonly string Notes = new('n', 2_000);

    [Fact]
    public async Task Reads_larger_than_the_drivers_read_buffer_answer_with_inline_socket_completions()
    {
        var userId = await api.RegisterAsync();
        var tripIds = new List<string>();
        for (var t = 0; t < 25; t++)
        {
            var trip = await api.ReadAsync(await api.SendAsync(HttpMethod.Post, "/trips", userId, new { name = $"Trip {t}", departureDate = "2031-04-01", returnDate = "2031-04-08", purpose = "Pleasure", description = Notes }), HttpStatusCode.Created);
            tripIds.Add(trip.GetProperty("id").GetString()!);
        }

        for (var h = 0; h < 25; h++)
        {
            await api.ReadAsync(await api.SendAsync(HttpMethod.Post, $"/trips/{tripIds[0]}/hotels", userId, new { name = $"Hotel {h}", checkInDateTime = "2031-04-01T15:00:00Z", checkOutDateTime = "2031-04-03T11:00:00Z", notes = Notes }), HttpStatusCode.Created);
            await api.ReadAsync(await api.SendAsync(HttpMethod.Post, "/vouchers", userId, new { type = "TRAVEL_CREDIT", issuer = "TAP", voucherNumber = $"V-{h}", totalValue = 10m, currency = "EUR", notes = Notes }), HttpStatusCode.Created);
        }

        var details = await api.ReadAsync(await api.SendAsync(HttpMethod.Get, $"/trips/{tripIds[0]}", userId), HttpStatusCode.OK);
        var list = await api.ReadAsync(await api.SendAsync(HttpMethod.Get, "/trips", userId), HttpStatusCode.OK);
        var vouchers = await api.ReadAsync(await api.SendAsync(HttpMethod.Get, "/vouchers", userId), HttpStatusCode.OK);

        Assert.Equal(25, details.GetProperty("hotels").GetArrayLength());
        Assert.All(details.GetProperty("hotels").EnumerateArray(), hotel => Assert.Equal(Notes, hotel.GetProperty("notes").GetString()));
        Assert.Equal(20, list.GetProperty("items").GetArrayLength()); // the first page
        Assert.All(list.GetProperty("items").EnumerateArray(), trip => Assert.Equal(Notes, trip.GetProperty("description").GetString()));
        Assert.Equal(25, vouchers.GetArrayLength());
        Assert.All(vouchers.EnumerateArray(), voucher => Assert.Equal(Notes, voucher.GetProperty("notes").GetString()));
    }

    /// <summary>
    /// The web sample with inline socket completions, reaching PostgreSQL through a <see cref="ThrottlingProxy"/> (1 KB per
    /// millisecond): a result arrives in pieces, as from a busy server, so a read that waits on the network mid-row does
    /// wait. Without the proxy a local server's whole answer is usually in the socket before the first row is read, and a
    /// blocking read returns at once (this test passed against the broken reads then; the `ceiling` run that found them
    /// hung on every call).
    /// </summary>
    public sealed class InlineCompletionsApi(PostgresFixture postgres) : ApiProcess(postgres)
    {
        private ThrottlingProxy? _proxy;

        protected override void Configure(IDictionary<string, string?> environment)
        {
            environment["DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS"] = "1";
            var database = new NpgsqlConnectionStringBuilder(environment["ConnectionStrings__TravelPlanner"]);
            _proxy = ThrottlingProxy.Start(database.Host!, database.Port, chunkBytes: 1024, pause: TimeSpan.FromMilliseconds(1));
            database.Host = "127.0.0.1";
            database.Port = _proxy.Port;
            environment["ConnectionStrings__TravelPlanner"] = database.ConnectionString;
        }

        protected override async ValueTask OnStoppedAsync()
        {
            if (_proxy is not null)
            {
                await _proxy.DisposeAsync();
            }
        }
    }
}
