using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using TravelPlanner.Data.Testing;
using TravelPlanner.Data.Tests.Fixtures;

namespace TravelPlanner.Data.Tests.Api;

/// <summary>
/// The web sample (samples/TravelPlanner.Api, built from the packed packages by <c>./build.sh test</c>) running as a real
/// process on its own migrated database and its own redis-server (which a test may kill), reached over HTTP on a free
/// loopback port. Fails, never skips, when the sample is not built.
/// </summary>
public class ApiProcess(PostgresFixture postgres) : IAsyncLifetime
{
    private static readonly string Dll = Path.Combine(RepositoryRoot.Path, "samples", "TravelPlanner.Api", "bin", "Release", "net10.0", "TravelPlanner.Api.dll");
    private readonly StringBuilder _output = new();
    private Process? _process;
    private string _database = string.Empty;

    public HttpClient Client { get; private set; } = null!;

    public LocalRedisServer Redis { get; private set; } = null!;

    /// <summary>What the process printed, for a failing test's message.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public async ValueTask InitializeAsync()
    {
        Assert.True(File.Exists(Dll), $"{Dll} does not exist. Build it from the packages first: ./build.sh pack && dotnet build samples/TravelPlanner.Api -c Release (./build.sh test does both).");
        _database = await postgres.CreateDatabaseAsync();
        Redis = await LocalRedisServer.StartAsync();
        var port = FreePort.Find();
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Dll);
        info.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}";
        info.Environment["ConnectionStrings__TravelPlanner"] = _database;
        info.Environment["ConnectionStrings__Redis"] = Redis.ConnectionString;
        info.Environment["TravelPlanner__PasswordWorkFactor"] = "4";
        Configure(info.Environment);
        _process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}"), Timeout = TimeSpan.FromSeconds(30) };
        await WaitUntilLiveAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        if (Redis is not null)
        {
            await Redis.DisposeAsync();
        }

        if (_database.Length > 0)
        {
            await postgres.DropDatabaseAsync(_database);
        }

        await OnStoppedAsync();
    }

    // The running test's token: the helpers below are called from tests only.
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>A new user's id (registered through the sample).</summary>
    public async Task<string> RegisterAsync()
    {
        var user = await ReadAsync(
            await Client.PostAsJsonAsync("/users/register", new { email = $"u-{Guid.NewGuid():N}@example.com", password = "correct horse battery", firstName = "A", lastName = "B" }, Token),
            HttpStatusCode.Created);
        return user.GetProperty("id").GetString()!;
    }

    /// <summary>A request as <paramref name="userId"/> (the sample's <c>X-User-Id</c> header), with <paramref name="body"/> as JSON.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string userId, object? body = null)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("X-User-Id", userId);
        return Client.SendAsync(request, Token);
    }

    /// <summary>The response's JSON, after asserting its status (the message carries the body and what the process printed).</summary>
    public async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(Token);
            Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {(int)response.StatusCode}, expected {(int)expected}: {text}\n{Output}");
            return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        }
    }

    /// <summary>More of the process's environment (a host setting under test); nothing by default.</summary>
    protected virtual void Configure(IDictionary<string, string?> environment)
    {
    }

    /// <summary>After the process and its servers are gone: what <see cref="Configure"/> started stops here.</summary>
    protected virtual ValueTask OnStoppedAsync() => ValueTask.CompletedTask;

    private async Task WaitUntilLiveAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process!.HasExited)
            {
                Assert.Fail($"The web sample exited with code {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await Client.GetAsync(new Uri("/health/live", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        Assert.Fail($"The web sample did not answer /health/live within 60 s:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
