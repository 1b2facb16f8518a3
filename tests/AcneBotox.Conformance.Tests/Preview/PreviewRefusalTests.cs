using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;

namespace AcneBotox.Conformance.Tests.Preview;

/// <summary>
/// The preview serves this computer only, and only files inside its folders: a client from another address is refused
/// even when it reaches the loopback port, the port is not open on other addresses, and no request path (encoded
/// <c>..</c>, a backslash, a link leading out, a hidden file) reads a file outside the content folder.
/// </summary>
public sealed class PreviewRefusalTests : IClassFixture<PreviewRefusalTests.Server>
{
    private const string Secret = "the secret that must never be served";

    private readonly Server _server;

    public PreviewRefusalTests(Server server) => _server = server;

    /// <summary>One preview for the whole class, of a folder with a secret beside it and links pointing at it.</summary>
    public sealed class Server : IDisposable
    {
        public Server()
        {
            File.WriteAllText(Path.Combine(Folder.Root, "secret.txt"), Secret);
            var outside = Directory.CreateDirectory(Path.Combine(Folder.Root, "outside")).FullName;
            File.WriteAllText(Path.Combine(outside, "secret.md"), Secret);
            File.CreateSymbolicLink(Path.Combine(Folder.Content, "escape.md"), Path.Combine(Folder.Root, "secret.txt"));
            Directory.CreateSymbolicLink(Path.Combine(Folder.Content, "linked"), outside);
            File.WriteAllText(Path.Combine(Folder.Content, ".hidden.md"), Secret);
            Preview = PreviewProcess.Start(Folder.Content);
        }

        public PreviewFolder Folder { get; } = new();

        public PreviewProcess Preview { get; }

        public IPEndPoint Loopback => new(IPAddress.Loopback, Preview.Address.Port);

        public void Dispose()
        {
            Preview.Dispose();
            Folder.Dispose();
        }
    }

    [Fact]
    public void The_article_itself_is_served()
    {
        var (status, body) = RawHttp.Get(_server.Loopback, "/content/peel-aftercare.md", Host);
        Assert.Equal(200, status);
        Assert.Contains("Pat it dry with a soft towel.", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/content/..%2F..%2Fsecret.txt", 403)]
    [InlineData("/content/..%2fsecret.txt", 403)]
    [InlineData("/content/..%5Csecret.txt", 403)]
    [InlineData("/content/%2e%2e%2fsecret.txt", 403)]
    [InlineData("/files/..%2F..%2F..%2Fetc%2Fpasswd", 403)]
    [InlineData("/content/escape.md", 403)]
    [InlineData("/content/linked/secret.md", 403)]
    [InlineData("/content/.hidden.md", 403)]
    [InlineData("/content/../secret.txt", 404)]
    [InlineData("/content/%2e%2e/secret.txt", 404)]
    public void A_path_leading_outside_the_content_folder_is_refused(string target, int expected)
    {
        var (status, body) = RawHttp.Get(_server.Loopback, target, Host);
        Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", body, StringComparison.Ordinal);
        Assert.Equal(expected, status);
    }

    [Fact]
    public void A_client_from_another_address_is_refused_on_the_loopback_port()
    {
        var other = OtherAddress();
        var (status, body) = RawHttp.Get(_server.Loopback, "/", Host, from: other);
        Assert.Equal(403, status);
        Assert.Contains("refused", body, StringComparison.Ordinal);
        // The same request from the loopback address is answered, so the refusal is about the client's address.
        Assert.Equal(200, RawHttp.Get(_server.Loopback, "/", Host).Status);
    }

    [Fact]
    public void The_port_is_not_open_on_other_addresses()
    {
        var other = OtherAddress();
        var error = Assert.Throws<SocketException>(() => RawHttp.Get(new IPEndPoint(other, _server.Preview.Address.Port), "/", Host));
        Assert.Equal(SocketError.ConnectionRefused, error.SocketErrorCode);
    }

    [Fact]
    public void A_request_for_another_host_name_is_refused()
    {
        // A web page that rebinds its own name to 127.0.0.1 sends its name as Host.
        var (status, body) = RawHttp.Get(_server.Loopback, "/", "attacker.example:80");
        Assert.Equal(403, status);
        Assert.DoesNotContain("Caring for your skin", body, StringComparison.Ordinal);
    }

    private string Host => $"127.0.0.1:{_server.Preview.Address.Port}";

    // Linux lets a socket bound to one of the machine's own addresses connect to 127.0.0.1: the server then sees
    // a remote address that is not loopback, as it would for a client on the network.
    private static IPAddress OtherAddress()
    {
        var address = NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));
        if (address is null) TestSkip.Now("this machine has no IPv4 address besides loopback to connect from");
        return address!;
    }
}
