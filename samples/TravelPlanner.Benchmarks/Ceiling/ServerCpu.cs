using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace TravelPlanner.Benchmarks.Ceiling;

/// <summary>
/// CPU time of a local PostgreSQL server from /proc: the postmaster's utime + stime + cutime + cstime (a backend that
/// exits is reaped by the postmaster, so its CPU moves into cutime/cstime) plus utime + stime of every live child
/// (backends, checkpointer, walwriter, autovacuum). A window's difference is the server's CPU in that window, whichever
/// backends came and went. /proc counts in clock ticks (<c>getconf CLK_TCK</c>, normally 100: 10 ms), so a window
/// must be seconds long for the figure to mean anything.
/// </summary>
internal sealed class ServerCpu(int postmaster, double ticksPerSecond)
{
    /// <summary>The postmaster of the server behind <paramref name="connectionString"/>, or null when it is not a
    /// process of this machine (a container, a remote server): then no server CPU is reported.</summary>
    public static async Task<ServerCpu?> FindAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("select pg_backend_pid()", connection);
        var backend = (int)(await command.ExecuteScalarAsync(cancellationToken))!;
        // A pid from another pid namespace could name an unrelated process here: trust it only when it is a
        // postgres process whose parent is one too.
        if (Stat(backend) is not { Name: "postgres" } stat || Stat(stat.Parent) is not { Name: "postgres" or "postmaster" })
        {
            return null;
        }

        return new ServerCpu(stat.Parent, ClockTicksPerSecond());
    }

    public ServerCpuSample Read()
    {
        long ticks = 0;
        var children = 0;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && pid != postmaster && Stat(pid) is { } child && child.Parent == postmaster)
            {
                ticks += child.UserTicks + child.SystemTicks;
                children++;
            }
        }

        var own = Stat(postmaster) ?? throw new InvalidOperationException($"The postmaster (pid {postmaster}) is gone.");
        return new ServerCpuSample(ticks + own.UserTicks + own.SystemTicks + own.ChildUserTicks + own.ChildSystemTicks, children);
    }

    public TimeSpan Between(ServerCpuSample before, ServerCpuSample after) =>
        TimeSpan.FromSeconds((after.Ticks - before.Ticks) / ticksPerSecond);

    /// <summary>
    /// Waits (at most two seconds) until the postmaster has no more children than at <paramref name="before"/>, so
    /// that the backends of a client that just exited have finished and been reaped before the window closes.
    /// </summary>
    public async Task SettleAsync(ServerCpuSample before, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.GetTimestamp() + 2 * Stopwatch.Frequency;
        while (Read().Children > before.Children && Stopwatch.GetTimestamp() < deadline)
        {
            await Task.Delay(20, cancellationToken);
        }
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"postmaster pid {postmaster} and its children, from /proc in clock ticks of 1/{ticksPerSecond:F0} s");

    private static ProcStat? Stat(int pid)
    {
        string text;
        try
        {
            text = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (IOException)
        {
            return null; // exited between the listing and the read
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }

        // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so split after the last ')'.
        var close = text.LastIndexOf(')');
        var open = text.IndexOf('(', StringComparison.Ordinal);
        var fields = text[(close + 2)..].Split(' ');
        long Field(int number) => long.Parse(fields[number - 3], CultureInfo.InvariantCulture); // proc(5) numbering
        return new ProcStat(text[(open + 1)..close], (int)Field(4), Field(14), Field(15), Field(16), Field(17));
    }

    private static double ClockTicksPerSecond()
    {
        try
        {
            using var getconf = Process.Start(new ProcessStartInfo("getconf", "CLK_TCK") { RedirectStandardOutput = true })!;
            var text = getconf.StandardOutput.ReadToEnd();
            getconf.WaitForExit();
            return double.Parse(text, CultureInfo.InvariantCulture);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return 100; // USER_HZ on every Linux architecture .NET runs on
        }
    }

    private sealed record ProcStat(string Name, int Parent, long UserTicks, long SystemTicks, long ChildUserTicks, long ChildSystemTicks);
}
