using System.Diagnostics;
using System.Net.Sockets;

namespace TravelPlanner.Data.Testing;

/// <summary>A server started as a child process (redis-server, pgbouncer): output drained, and a wait until it listens.</summary>
internal static class ChildProcess
{
    /// <summary>Starts <paramref name="info"/> with its output read and discarded (a full pipe would stall the server).</summary>
    public static Process Start(ProcessStartInfo info)
    {
        info.UseShellExecute = false;
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {info.FileName}.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Returns once 127.0.0.1:<paramref name="port"/> accepts a connection; throws when the process exits first or after 20 s.</summary>
    public static async Task WaitUntilListeningAsync(Process process, string name, int port, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{name} exited with code {process.ExitCode} on port {port}.");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port, cancellationToken);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50, cancellationToken);
            }
        }
    }
}
