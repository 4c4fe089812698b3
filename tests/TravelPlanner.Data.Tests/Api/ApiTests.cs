using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace TravelPlanner.Data.Tests.Api;

/// <summary>The web sample over HTTP: the packages as an ASP.NET Core app uses them (success paths, 400, 401, 404, 409).</summary>
public sealed class ApiTests(ApiProcess api) : IClassFixture<ApiProcess>
{
    private HttpClient Client => api.Client;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Register_login_create_a_trip_with_a_flight_and_a_voucher_and_read_them_back()
    {
        var email = $"ada-{Guid.NewGuid():N}@example.com";
        var registered = await api.ReadAsync(await Client.PostAsJsonAsync("/users/register", new { email, password = "correct horse battery", firstName = "Ada", lastName = "Lovelace" }, Token), HttpStatusCode.Created);
        var login = await api.ReadAsync(await Client.PostAsJsonAsync("/users/login", new { email, password = "correct horse battery" }, Token), HttpStatusCode.OK);
        var userId = login.GetProperty("id").GetString()!;
        Assert.Equal(registered.GetProperty("id").GetString(), userId);

        var trip = await api.ReadAsync(await api.SendAsync(HttpMethod.Post, "/trips", userId, new { name = "Lisbon in spring", departureDate = "2031-04-01", returnDate = "2031-04-08", purpose = "Pleasure" }), HttpStatusCode.Created);
        var tripId = trip.GetProperty("id").GetString()!;
        await api.ReadAsync(await api.SendAsync(HttpMethod.Post, $"/trips/{tripId}/flights", userId, new { flightNumber = "TP 1351", origin = "LHR", destination = "LIS", departureDateTime = "2031-04-01T09:40:00Z", arrivalDateTime = "2031-04-01T12:20:00Z" }), HttpStatusCode.Created);
        await api.ReadAsync(await api.SendAsync(HttpMethod.Post, "/vouchers", userId, new { type = "TRAVEL_CREDIT", issuer = "TAP", voucherNumber = "V-1", totalValue = 120.50m, currency = "EUR" }), HttpStatusCode.Created);

        var details = await api.ReadAsync(await api.SendAsync(HttpMethod.Get, $"/trips/{tripId}", userId), HttpStatusCode.OK);
        var list = await api.ReadAsync(await api.SendAsync(HttpMethod.Get, "/trips", userId), HttpStatusCode.OK);
        var vouchers = await api.ReadAsync(await api.SendAsync(HttpMethod.Get, "/vouchers", userId), HttpStatusCode.OK);
        var airports = await api.ReadAsync(await Client.GetAsync(new Uri("/airports/search?q=lis", UriKind.Relative), Token), HttpStatusCode.OK);

        Assert.Equal("TP1351", details.GetProperty("flights")[0].GetProperty("flightNumber").GetString());
        Assert.Equal("Pleasure", details.GetProperty("trip").GetProperty("purpose").GetString());
        Assert.Equal(1, list.GetProperty("items").GetArrayLength());
        Assert.Equal("V-1", vouchers[0].GetProperty("voucherNumber").GetString());
        Assert.Equal(JsonValueKind.Array, airports.ValueKind);
    }

    [Fact]
    public async Task A_registration_with_several_bad_fields_is_400_naming_every_one()
    {
        using var response = await Client.PostAsJsonAsync("/users/register", new { email = "not-an-address", password = "short", firstName = " ", lastName = "Lovelace" }, Token);

        var problem = await api.ReadAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = problem.GetProperty("errors");
        Assert.Equal(["email", "password", "firstName"], errors.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("must be at least 8 characters.", errors.GetProperty("password")[0].GetString());
    }

    [Fact]
    public async Task Another_users_trip_is_404_and_a_missing_user_header_401()
    {
        var owner = await api.RegisterAsync();
        var stranger = await api.RegisterAsync();
        var trip = await api.ReadAsync(await api.SendAsync(HttpMethod.Post, "/trips", owner, new { name = "Private", departureDate = "2031-05-01", returnDate = "2031-05-02" }), HttpStatusCode.Created);

        var problem = await api.ReadAsync(await api.SendAsync(HttpMethod.Get, $"/trips/{trip.GetProperty("id").GetString()}", stranger), HttpStatusCode.NotFound);
        Assert.Equal("trip", problem.GetProperty("resource").GetString());
        await api.ReadAsync(await Client.GetAsync(new Uri("/trips", UriKind.Relative), Token), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Registering_an_e_mail_twice_is_409_and_a_wrong_password_401()
    {
        var email = $"twice-{Guid.NewGuid():N}@example.com";
        await api.ReadAsync(await Client.PostAsJsonAsync("/users/register", new { email, password = "correct horse battery", firstName = "A", lastName = "B" }, Token), HttpStatusCode.Created);

        var conflict = await api.ReadAsync(await Client.PostAsJsonAsync("/users/register", new { email, password = "correct horse battery", firstName = "A", lastName = "B" }, Token), HttpStatusCode.Conflict);
        await api.ReadAsync(await Client.PostAsJsonAsync("/users/login", new { email, password = "wrong password!" }, Token), HttpStatusCode.Unauthorized);
        Assert.Equal("email", conflict.GetProperty("field").GetString());
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_the_endpoints()
    {
        var document = await api.ReadAsync(await Client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative), Token), HttpStatusCode.OK);

        Assert.True(document.GetProperty("paths").TryGetProperty("/users/register", out _));
        Assert.True(document.GetProperty("paths").TryGetProperty("/trips/{tripId}", out _));
    }
}
