using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace AcneBotox.Conformance.Tests.Preview;

/// <summary>
/// HTTP/1.1 GET written by hand on a socket: the request target goes out byte for byte (an HTTP client would resolve
/// <c>..</c> before sending), and the socket can be bound to another local address than the loopback one.
/// </summary>
public static class RawHttp
{
    /// <summary>Sends <c>GET target</c> to <paramref name="server"/> and returns the status code and body.</summary>
    /// <param name="server">Where to connect.</param>
    /// <param name="target">The request target, exactly as sent.</param>
    /// <param name="host">The Host header.</param>
    /// <param name="from">The local address to connect from; the system's choice when null.</param>
    public static (int Status, string Body) Get(IPEndPoint server, string target, string host, IPAddress? from = null)
    {
        ArgumentNullException.ThrowIfNull(server);
        using var socket = new Socket(server.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        socket.ReceiveTimeout = 30_000;
        if (from is not null) socket.Bind(new IPEndPoint(from, 0));
        socket.Connect(server);
        socket.Send(Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"));
        var received = new MemoryStream();
        var buffer = new byte[8192];
        int read;
        while ((read = socket.Receive(buffer)) > 0) received.Write(buffer, 0, read);
        var text = Encoding.UTF8.GetString(received.ToArray());
        var status = int.Parse(text.Split(' ', 3)[1], CultureInfo.InvariantCulture);
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return (status, split < 0 ? "" : text[(split + 4)..]);
    }
}
