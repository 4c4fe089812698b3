using Npgsql;

namespace TravelPlanner.Data.Testing;

/// <summary>
/// A throwaway PostgreSQL cluster made with the machine's own <c>initdb</c>/<c>pg_ctl</c> in a temporary
/// directory, listening on 127.0.0.1 on a free port, with trust authentication and durability off
/// (fsync, synchronous_commit) because nothing in it outlives the process. PostgreSQL refuses to run
/// as root, so as root every command runs as the <c>postgres</c> user through <c>runuser</c>.
/// </summary>
public sealed partial class LocalPostgresServer : IAsyncDisposable
{
    private const string OsUser = "postgres";
    private readonly string _binDirectory;
    private readonly string _directory;
    private readonly IReadOnlyList<string> _settings;
    private int _disposed;

    private LocalPostgresServer(string binDirectory, string directory, int port, IReadOnlyList<string> settings)
    {
        _binDirectory = binDirectory;
        _settings = settings;
        _directory = directory;
        Port = port;
        ConnectionString = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = "postgres",
            Database = "postgres",
        }.ConnectionString;
    }

    /// <summary>Connection string to the <c>postgres</c> database as the <c>postgres</c> superuser.</summary>
    public string ConnectionString { get; }

    /// <summary>The TCP port the server listens on.</summary>
    public int Port { get; }

    /// <summary>The directory holding the cluster, its socket and its log.</summary>
    public string Directory => _directory;

    /// <summary>
    /// The <c>bin</c> directory of the newest PostgreSQL 15+ on this machine, or null:
    /// <c>TRAVELPLANNER_PG_BIN</c>, else <c>/usr/lib/postgresql/N/bin</c>, else <c>pg_ctl</c> on PATH.
    /// </summary>
    public static string? FindBinDirectory()
    {
        var configured = Environment.GetEnvironmentVariable("TRAVELPLANNER_PG_BIN");
        if (!string.IsNullOrEmpty(configured) && File.Exists(Path.Combine(configured, "pg_ctl")))
        {
            return configured;
        }

        const string debianRoot = "/usr/lib/postgresql";
        if (System.IO.Directory.Exists(debianRoot))
        {
            var newest = System.IO.Directory.GetDirectories(debianRoot)
                .Select(d => (Dir: d, Ok: int.TryParse(Path.GetFileName(d), out var v), Version: v))
                .Where(x => x.Ok && x.Version >= 15 && File.Exists(Path.Combine(x.Dir, "bin", "pg_ctl")))
                .OrderByDescending(x => x.Version)
                .Select(x => Path.Combine(x.Dir, "bin"))
                .FirstOrDefault();
            if (newest is not null)
            {
                return newest;
            }
        }

        var onPath = ProcessRunner.FindOnPath("pg_ctl");
        return onPath is null ? null : Path.GetDirectoryName(Path.GetFullPath(ResolveLink(onPath)));
    }

    /// <summary>Initialises and starts a new cluster.</summary>
    /// <exception cref="TestServerUnavailableException">No PostgreSQL binaries, or the server would not start.</exception>
    public static Task<LocalPostgresServer> StartAsync(CancellationToken cancellationToken = default) =>
        StartAsync([], cancellationToken);

    /// <summary>Initialises and starts a new cluster with extra server settings (<c>name=value</c>, passed as <c>-c</c>).</summary>
    /// <exception cref="TestServerUnavailableException">No PostgreSQL binaries, or the server would not start.</exception>
    public static async Task<LocalPostgresServer> StartAsync(IReadOnlyList<string> settings, CancellationToken cancellationToken = default)
    {
        var bin = FindBinDirectory() ?? throw new TestServerUnavailableException(
            "No PostgreSQL 15+ server binaries found (looked in TRAVELPLANNER_PG_BIN, /usr/lib/postgresql/*/bin and PATH). " +
            "Install them (Debian: apt-get install -y postgresql), or set TRAVELPLANNER_TEST_POSTGRES to a connection string.");

        var root = Path.Combine("/tmp", "travelplanner-pg-" + Guid.NewGuid().ToString("N")[..12]);
        System.IO.Directory.CreateDirectory(root);
        var server = new LocalPostgresServer(bin, root, FreePort.Find(), settings);
        try
        {
            await server.InitialiseAndStartAsync(cancellationToken);
            return server;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var log = server.ReadLog();
            await server.DisposeAsync();
            throw new TestServerUnavailableException($"Could not start a local PostgreSQL from {bin}: {e.Message} {log}".Trim(), e);
        }
    }

    private async Task InitialiseAndStartAsync(CancellationToken cancellationToken)
    {
        if (Environment.IsPrivilegedProcess)
        {
            await ProcessRunner.RunCheckedAsync("chown", ["-R", $"{OsUser}:", _directory], cancellationToken);
        }

        var data = Path.Combine(_directory, "data");
        await RunAsPostgresAsync("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"], cancellationToken);

        await StartServerAsync(cancellationToken);
    }

    /// <summary>Starts the server on its data directory (after initdb, a base backup, or <see cref="StopAsync"/>).</summary>
    public Task StartServerAsync(CancellationToken cancellationToken = default)
    {
        var settings = string.Join(' ',
            $"-p {Port}",
            $"-k {_directory}",
            "-c listen_addresses=127.0.0.1",
            "-c max_connections=300",
            "-c shared_buffers=128MB",
            "-c fsync=off",
            "-c synchronous_commit=off",
            "-c full_page_writes=off",
            string.Join(' ', _settings.Select(setting => $"-c {setting}")));
        var data = Path.Combine(_directory, "data");
        return RunAsPostgresAsync("pg_ctl", ["-D", data, "-l", Path.Combine(_directory, "server.log"), "-o", settings, "-w", "-t", "60", "start"], cancellationToken);
    }

    /// <summary>
    /// <c>pg_ctl restart -m fast</c>: the server ends every session (57P01), shuts down and starts again with the same
    /// options, as in an ordinary restart; returns when it accepts connections again.
    /// </summary>
    public Task RestartFastAsync(CancellationToken cancellationToken = default) =>
        RunAsPostgresAsync(
            "pg_ctl",
            ["-D", Path.Combine(_directory, "data"), "-l", Path.Combine(_directory, "server.log"), "-m", "fast", "-w", "-t", "60", "restart"],
            cancellationToken);

    /// <summary>Stops the server at once (<c>pg_ctl stop -m immediate</c>, as a crash would); <see cref="StartServerAsync"/> brings it back.</summary>
    public Task StopAsync(CancellationToken cancellationToken = default) =>
        RunAsPostgresAsync("pg_ctl", ["-D", Path.Combine(_directory, "data"), "-m", "immediate", "-w", "stop"], cancellationToken);

    private Task RunAsPostgresAsync(string program, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var path = Path.Combine(_binDirectory, program);
        return Environment.IsPrivilegedProcess
            ? ProcessRunner.RunCheckedAsync("runuser", ["-u", OsUser, "--", path, .. arguments], cancellationToken)
            : ProcessRunner.RunCheckedAsync(path, arguments, cancellationToken);
    }

    private string ReadLog()
    {
        var log = Path.Combine(_directory, "server.log");
        return File.Exists(log) ? File.ReadAllText(log) : string.Empty;
    }

    /// <summary>Stops the server at once and deletes its directory.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        var data = Path.Combine(_directory, "data");
        if (System.IO.Directory.Exists(data))
        {
            try
            {
                await RunAsPostgresAsync("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"], CancellationToken.None);
            }
            catch (InvalidOperationException)
            {
                // Not running (start failed, or already stopped).
            }
        }

        try
        {
            System.IO.Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: it is a temporary directory.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string ResolveLink(string path) =>
        new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;
}
