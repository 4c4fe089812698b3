using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace TravelPlanner.Data.Testing;

/// <summary>
/// A throwaway PgBouncer (Debian's <c>/usr/sbin/pgbouncer</c>, or <c>TRAVELPLANNER_PGBOUNCER</c>) in front of a
/// PostgreSQL server, on 127.0.0.1 and a free port, in <c>pool_mode = transaction</c>: every database of the server is
/// reachable through it under the same name. PgBouncer refuses to run as root, so as root it runs as <c>postgres</c>.
/// </summary>
public sealed class LocalPgBouncer : IAsyncDisposable
{
    private readonly string _directory;
    private readonly Process _process;

    private LocalPgBouncer(string directory, Process process, int port)
    {
        _directory = directory;
        _process = process;
        Port = port;
    }

    /// <summary>The port clients connect to.</summary>
    public int Port { get; }

    /// <summary>The path of <c>pgbouncer</c>, or null.</summary>
    public static string? FindExecutable()
    {
        var configured = Environment.GetEnvironmentVariable("TRAVELPLANNER_PGBOUNCER");
        if (!string.IsNullOrEmpty(configured) && File.Exists(configured))
        {
            return configured;
        }

        return ProcessRunner.FindOnPath("pgbouncer") ?? (File.Exists("/usr/sbin/pgbouncer") ? "/usr/sbin/pgbouncer" : null);
    }

    /// <summary><paramref name="serverConnectionString"/> (any database) made to go through this PgBouncer.</summary>
    public string Through(string serverConnectionString) =>
        new NpgsqlConnectionStringBuilder(serverConnectionString) { Host = "127.0.0.1", Port = Port }.ConnectionString;

    /// <summary>Starts PgBouncer in transaction mode in front of the server <paramref name="serverConnectionString"/> names.</summary>
    /// <exception cref="TestServerUnavailableException">No pgbouncer, or it would not start.</exception>
    public static async Task<LocalPgBouncer> StartAsync(string serverConnectionString, CancellationToken cancellationToken = default)
    {
        var executable = FindExecutable() ?? throw new TestServerUnavailableException(
            "No pgbouncer found (looked in TRAVELPLANNER_PGBOUNCER, PATH and /usr/sbin). Install it (Debian: apt-get install -y pgbouncer).");
        var server = new NpgsqlConnectionStringBuilder(serverConnectionString);
        var directory = Path.Combine("/tmp", "travelplanner-pgbouncer-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(directory);
        var port = FreePort.Find();
        var password = string.IsNullOrEmpty(server.Password) ? string.Empty : $" password={server.Password}";
        await File.WriteAllTextAsync(Path.Combine(directory, "userlist.txt"), $"\"{server.Username}\" \"\"\n", cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(directory, "pgbouncer.ini"), string.Join('\n',
            "[databases]",
            $"* = host={server.Host} port={server.Port} user={server.Username}{password}",
            "[pgbouncer]",
            "listen_addr = 127.0.0.1",
            $"listen_port = {port.ToString(CultureInfo.InvariantCulture)}",
            "unix_socket_dir =",
            "auth_type = trust",
            $"auth_file = {directory}/userlist.txt",
            "pool_mode = transaction",
            "max_client_conn = 1000",
            "default_pool_size = 20",
            "ignore_startup_parameters = extra_float_digits,search_path",
            $"logfile = {directory}/pgbouncer.log",
            string.Empty), cancellationToken);
        if (Environment.IsPrivilegedProcess)
        {
            await ProcessRunner.RunCheckedAsync("chown", ["-R", "postgres:", directory], cancellationToken);
        }

        var info = new ProcessStartInfo(Environment.IsPrivilegedProcess ? "runuser" : executable);
        foreach (var argument in Environment.IsPrivilegedProcess
                     ? ["-u", "postgres", "--", executable, Path.Combine(directory, "pgbouncer.ini")]
                     : new[] { Path.Combine(directory, "pgbouncer.ini") })
        {
            info.ArgumentList.Add(argument);
        }

        var process = ChildProcess.Start(info);
        var bouncer = new LocalPgBouncer(directory, process, port);
        try
        {
            await ChildProcess.WaitUntilListeningAsync(process, "pgbouncer", port, cancellationToken);
            return bouncer;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var log = Path.Combine(directory, "pgbouncer.log");
            var text = File.Exists(log) ? await File.ReadAllTextAsync(log, CancellationToken.None) : string.Empty;
            await bouncer.DisposeAsync();
            throw new TestServerUnavailableException($"Could not start {executable}: {e.Message} {text}".Trim(), e);
        }
    }

    /// <summary>Stops PgBouncer and deletes its directory.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
