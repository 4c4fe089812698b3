using System.Net;
using System.Net.Sockets;

namespace TravelPlanner.Data.Testing;

public static class FreePort
{
    /// <summary>A TCP port on 127.0.0.1 that was free a moment ago.</summary>
    public static int Find()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
