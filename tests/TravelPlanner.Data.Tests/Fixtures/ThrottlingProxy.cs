using System.Net;
using System.Net.Sockets;

namespace TravelPlanner.Data.Tests.Fixtures;

/// <summary>
/// A TCP proxy on a free loopback port in front of a server (a PostgreSQL host and port, or its Unix socket directory).
/// What the client sends goes through at once; what the server sends reaches the client <paramref name="chunkBytes"/> at
/// a time, one chunk per <paramref name="pause"/>. So a client reading a result larger than a chunk finds the rest of
/// it not yet there, as a client does whose server is busy or far away: a read that blocks on the network then blocks.
/// </summary>
public sealed class ThrottlingProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly EndPoint _server;
    private readonly int _chunkBytes;
    private readonly TimeSpan _pause;
    private readonly Task _accepting;

    private ThrottlingProxy(EndPoint server, int chunkBytes, TimeSpan pause)
    {
        (_server, _chunkBytes, _pause) = (server, chunkBytes, pause);
        _listener.Start();
        _accepting = AcceptAsync();
    }

    /// <summary>The loopback port clients connect to.</summary>
    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>A proxy in front of <paramref name="host"/> (a name, an address, or a Unix socket directory) and <paramref name="port"/>.</summary>
    public static ThrottlingProxy Start(string host, int port, int chunkBytes, TimeSpan pause) =>
        new(host.StartsWith('/') ? new UnixDomainSocketEndPoint(Path.Combine(host, $".s.PGSQL.{port}")) : new DnsEndPoint(host, port), chunkBytes, pause);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptSocketAsync(_stop.Token);
            _ = Task.Run(() => PipeAsync(client));
        }
    }

    private async Task PipeAsync(Socket client)
    {
        using (client)
        using (var server = _server is UnixDomainSocketEndPoint
                   ? new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified)
                   : new Socket(SocketType.Stream, ProtocolType.Tcp))
        {
            try
            {
                await server.ConnectAsync(_server, _stop.Token);
                client.NoDelay = true;
                await Task.WhenAny(CopyAsync(client, server, 64 * 1024, TimeSpan.Zero), CopyAsync(server, client, _chunkBytes, _pause));
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                // A side closed, or the proxy stopped: both sockets close here.
            }
        }
    }

    private async Task CopyAsync(Socket from, Socket to, int chunkBytes, TimeSpan pause)
    {
        var buffer = new byte[chunkBytes];
        int read;
        while ((read = await from.ReceiveAsync(buffer, SocketFlags.None, _stop.Token)) > 0)
        {
            for (var sent = 0; sent < read;)
            {
                sent += await to.SendAsync(buffer.AsMemory(sent, read - sent), SocketFlags.None, _stop.Token);
            }

            if (pause > TimeSpan.Zero)
            {
                await Task.Delay(pause, _stop.Token);
            }
        }

        to.Shutdown(SocketShutdown.Send);
    }
}
