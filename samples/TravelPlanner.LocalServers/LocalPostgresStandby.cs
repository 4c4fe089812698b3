namespace TravelPlanner.Data.Testing;

/// <summary>A hot standby of a <see cref="LocalPostgresServer"/>: a base backup with streaming replication.</summary>
public sealed partial class LocalPostgresServer
{
    /// <summary>
    /// Starts a hot standby of <paramref name="primary"/>: <c>pg_basebackup -R -X stream</c> into a new temporary
    /// directory (<c>-R</c> writes <c>standby.signal</c> and <c>primary_conninfo</c>), started on a free port.
    /// </summary>
    /// <exception cref="TestServerUnavailableException">The base backup or the start failed.</exception>
    public static async Task<LocalPostgresServer> StartStandbyAsync(LocalPostgresServer primary, CancellationToken cancellationToken = default)
    {
        var root = Path.Combine("/tmp", "travelplanner-pg-standby-" + Guid.NewGuid().ToString("N")[..12]);
        System.IO.Directory.CreateDirectory(root);
        var standby = new LocalPostgresServer(primary._binDirectory, root, FreePort.Find(), primary._settings);
        try
        {
            if (Environment.IsPrivilegedProcess)
            {
                await ProcessRunner.RunCheckedAsync("chown", ["-R", $"{OsUser}:", root], cancellationToken);
            }

            await standby.RunAsPostgresAsync(
                "pg_basebackup",
                ["-h", "127.0.0.1", "-p", primary.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", "postgres",
                 "-D", Path.Combine(root, "data"), "-R", "-X", "stream", "--no-sync", "-c", "fast"],
                cancellationToken);
            await standby.StartServerAsync(cancellationToken);
            return standby;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var log = standby.ReadLog();
            await standby.DisposeAsync();
            throw new TestServerUnavailableException($"Could not start a standby of the PostgreSQL on port {primary.Port}: {e.Message} {log}".Trim(), e);
        }
    }
}
