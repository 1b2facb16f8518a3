using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Http;

namespace AcneBotox.Cli.Preview;

/// <summary>
/// Answers the preview's requests: the page (<c>/</c>), its script and style, the build announcements
/// (<c>/events</c>), the handouts (<c>/files/...</c>, only from the temporary output folder) and the sources
/// (<c>/content/...</c>, only from the content folder). The server listens on 127.0.0.1 only; each request is
/// checked again here, so a request from another address (or for another host name, as DNS rebinding sends) is refused.
/// </summary>
internal sealed class PreviewSite(PreviewWorkspace workspace, CancellationToken stopping)
{
    // The page loads only its own script, style, frames and events.
    private const string PagePolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        + "frame-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    // A handout is self-contained: inline style, images and fonts as data, never a script.
    private const string HandoutPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; "
        + "base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

    private readonly GuardedFolder _files = new(workspace.OutputFolder);
    private readonly GuardedFolder _content = new(workspace.ContentFolder);

    /// <summary>Handles one request.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.Response;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.CacheControl = "no-store";
        if (context.Connection.RemoteIpAddress is not { } remote || !IPAddress.IsLoopback(remote))
        {
            await Plain(response, 403, "refused: the preview answers only this computer (127.0.0.1)").ConfigureAwait(false);
            return;
        }
        if (!IsLocalName(context.Request.Host.Host))
        {
            await Plain(response, 403, "refused: the preview answers only requests for 127.0.0.1 or localhost").ConfigureAwait(false);
            return;
        }
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            response.Headers.Allow = "GET, HEAD";
            await Plain(response, 405, "the preview only reads: use GET").ConfigureAwait(false);
            return;
        }
        var path = context.Request.Path.Value ?? "/";
        if (path == "/") await Page(context).ConfigureAwait(false);
        else if (path == "/events") await Events(context).ConfigureAwait(false);
        else if (path == "/preview.js") await Text(response, "text/javascript; charset=utf-8", PreviewAssets.Script).ConfigureAwait(false);
        else if (path == "/preview.css") await Text(response, "text/css; charset=utf-8", PreviewAssets.StyleSheet).ConfigureAwait(false);
        else if (path.StartsWith("/files/", StringComparison.Ordinal)) await File(response, _files, path["/files/".Length..]).ConfigureAwait(false);
        else if (path.StartsWith("/content/", StringComparison.Ordinal)) await File(response, _content, path["/content/".Length..]).ConfigureAwait(false);
        else await Plain(response, 404, "no such page").ConfigureAwait(false);
    }

    private static bool IsLocalName(string host) =>
        host is "127.0.0.1" or "[::1]" or "::1" || string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase);

    private async Task Page(HttpContext context)
    {
        var html = PreviewPage.Render(workspace.Current, context.Request.Query["doc"].FirstOrDefault());
        context.Response.Headers.ContentSecurityPolicy = PagePolicy;
        context.Response.Headers.XFrameOptions = "DENY";
        await Text(context.Response, "text/html; charset=utf-8", html).ConfigureAwait(false);
    }

    // Server-sent events: the current build's version at once, then each newer one as it finishes.
    private async Task Events(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            var version = workspace.Current.Version;
            await response.WriteAsync(Announcement(version), ended.Token).ConfigureAwait(false);
            await response.Body.FlushAsync(ended.Token).ConfigureAwait(false);
            while (true)
            {
                version = await workspace.WaitForNewerAsync(version, ended.Token).ConfigureAwait(false);
                await response.WriteAsync(Announcement(version), ended.Token).ConfigureAwait(false);
                await response.Body.FlushAsync(ended.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed, or the preview is stopping.
        }
    }

    private static string Announcement(int version) =>
        string.Create(CultureInfo.InvariantCulture, $"retry: 1000\nevent: version\ndata: {version}\n\n");

    private static async Task File(HttpResponse response, GuardedFolder folder, string relativePath)
    {
        ServedFile served;
        try
        {
            served = folder.Get(relativePath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Deleted or replaced while being read: the next build settles it.
            served = ServedFile.NotFound("the file could not be read");
        }
        if (served.Bytes is not { } bytes)
        {
            await Plain(response, served.Status, served.Reason ?? "not found").ConfigureAwait(false);
            return;
        }
        // The PDF is left to the browser's viewer, which a policy of its own would block.
        if (served.ContentType != "application/pdf") response.Headers.ContentSecurityPolicy = HandoutPolicy;
        response.ContentType = served.ContentType;
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes).ConfigureAwait(false);
    }

    private static Task Text(HttpResponse response, string contentType, string text)
    {
        response.ContentType = contentType;
        return response.WriteAsync(text);
    }

    private static Task Plain(HttpResponse response, int status, string message)
    {
        response.StatusCode = status;
        return Text(response, "text/plain; charset=utf-8", message + "\n");
    }
}
