using System.Diagnostics;

namespace TravelPlanner.Data.Testing;

/// <summary>
/// A throwaway <c>redis-server</c> child process on 127.0.0.1 and a free port, with persistence off.
/// <see cref="KillAsync"/> and <see cref="RestartAsync"/> let tests take Redis away mid-run and bring
/// it back on the same port.
/// </summary>
public sealed class LocalRedisServer : IRedisDeployment
{
    private readonly string _executable;
    private readonly string _directory;
    private Process? _process;

    private readonly IReadOnlyList<string> _extraArguments;

    private LocalRedisServer(string executable, string directory, int port, IReadOnlyList<string>? extraArguments = null)
    {
        _extraArguments = extraArguments ?? [];
        _executable = executable;
        _directory = directory;
        Port = port;
    }

    /// <summary>The TCP port the server listens on.</summary>
    public int Port { get; }

    /// <summary>StackExchange.Redis configuration string for this server.</summary>
    public string ConnectionString => $"127.0.0.1:{Port}";

    /// <summary>True while the server process runs.</summary>
    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Path of <c>redis-server</c>: <c>TRAVELPLANNER_REDIS_SERVER</c>, else PATH, else <c>/usr/bin/redis-server</c>; or null.</summary>
    public static string? FindExecutable()
    {
        var configured = Environment.GetEnvironmentVariable("TRAVELPLANNER_REDIS_SERVER");
        if (!string.IsNullOrEmpty(configured) && File.Exists(configured))
        {
            return configured;
        }

        return ProcessRunner.FindOnPath("redis-server") ?? (File.Exists("/usr/bin/redis-server") ? "/usr/bin/redis-server" : null);
    }

    /// <summary>Starts a new server.</summary>
    /// <exception cref="TestServerUnavailableException">No <c>redis-server</c>, or it would not start.</exception>
    public static Task<LocalRedisServer> StartAsync(CancellationToken cancellationToken = default) =>
        StartAsync(port => [], cancellationToken);

    /// <summary>Starts a new server with more <c>redis-server</c> arguments, made from its port (a cluster node's settings).</summary>
    /// <exception cref="TestServerUnavailableException">No <c>redis-server</c>, or it would not start.</exception>
    public static async Task<LocalRedisServer> StartAsync(Func<int, IReadOnlyList<string>> extraArguments, CancellationToken cancellationToken = default)
    {
        var executable = FindExecutable() ?? throw new TestServerUnavailableException(
            "No redis-server found (looked in TRAVELPLANNER_REDIS_SERVER and PATH). " +
            "Install it (Debian: apt-get install -y redis-server), or set TRAVELPLANNER_TEST_REDIS to a connection string.");
        var directory = Path.Combine("/tmp", "travelplanner-redis-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(directory);
        var port = FreePort.Find();
        var server = new LocalRedisServer(executable, directory, port, extraArguments(port));
        try
        {
            await server.RestartAsync(cancellationToken);
            return server;
        }
        catch (Exception e) when (e is not OperationCanceledException and not TestServerUnavailableException)
        {
            await server.DisposeAsync();
            throw new TestServerUnavailableException($"Could not start {executable}: {e.Message}", e);
        }
    }

    /// <summary>Kills the server process (as a crash would); clients see the connection drop.</summary>
    public async Task KillAsync()
    {
        var process = _process;
        _process = null;
        if (process is null)
        {
            return;
        }

        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    /// <summary>Stops the process with SIGSTOP: its connections stay open but nothing answers, as in a hung server.</summary>
    public Task PauseAsync() => SignalAsync("-STOP");

    /// <summary>Lets a paused process run again (SIGCONT).</summary>
    public Task ResumeAsync() => SignalAsync("-CONT");

    private Task SignalAsync(string signal)
    {
        var process = _process ?? throw new InvalidOperationException("redis-server is not running.");
        return ProcessRunner.RunCheckedAsync("kill", [signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)], CancellationToken.None);
    }

    /// <summary>Starts the server again on the same port (no-op while it runs) and waits until it accepts connections.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken = default)
    {
        if (IsRunning)
        {
            return;
        }

        var info = new ProcessStartInfo(_executable) { WorkingDirectory = _directory };
        foreach (var argument in new[]
                 {
                     "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--bind", "127.0.0.1", "--save", string.Empty, "--appendonly", "no",
                     "--dir", _directory, "--daemonize", "no", "--protected-mode", "no",
                 }.Concat(_extraArguments))
        {
            info.ArgumentList.Add(argument);
        }

        _process = ChildProcess.Start(info);
        await ChildProcess.WaitUntilListeningAsync(_process, "redis-server", Port, cancellationToken);
    }

    /// <summary>Kills the server and deletes its directory.</summary>
    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
