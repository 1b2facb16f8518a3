using System.Globalization;
using System.Net;
using AcneBotox.Cli.Watch;
using AcneBotox.Core.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace AcneBotox.Cli.Preview;

/// <summary>
/// Runs <c>acnebotox preview</c>: the first build, a Kestrel server on 127.0.0.1 (a free port unless one is given),
/// and a rebuild after every save, until Ctrl+C; then the server stops and the temporary folder is removed.
/// </summary>
internal static class PreviewServer
{
    // Open pages get this long to let go of their event streams when the preview stops.
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(5);

    /// <summary>Runs until Ctrl+C or SIGTERM; returns 0 then.</summary>
    public static int Run(PreviewRequest request, TextWriter stdout, TextWriter stderr) =>
        RunAsync(request, stdout, stderr).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(PreviewRequest request, TextWriter stdout, TextWriter stderr)
    {
        using var stop = new StopSignal();
        using var workspace = new PreviewWorkspace(request);
        // Watching starts before the first build, so a save during it is not missed.
        using var watcher = new SourceWatcher(workspace.WatchedFolders, [workspace.OutputFolder]);
        var first = workspace.Rebuild(null);
        foreach (var diagnostic in first.SetupDiagnostics) stderr.WriteLine(diagnostic);

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, request.Port);
        });
        var app = builder.Build();
        try
        {
            var site = new PreviewSite(workspace, app.Lifetime.ApplicationStopping);
            app.Run(site.HandleAsync);
            await app.StartAsync(stop.Token).ConfigureAwait(false);
            var address = new Uri(app.Urls.First());
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"preview: http://127.0.0.1:{address.Port}/ (serving this computer only; Ctrl+C to stop)"));
            Report(first, stdout);
            stdout.Flush();
            await WatchAsync(workspace, watcher, stdout, stop.Token).ConfigureAwait(false);
            using var grace = new CancellationTokenSource(StopGrace);
            await app.StopAsync(grace.Token).ConfigureAwait(false);
        }
        finally
        {
            await app.DisposeAsync().ConfigureAwait(false);
        }
        stderr.WriteLine("preview stopped");
        return CliApp.ExitOk;
    }

    private static async Task WatchAsync(PreviewWorkspace workspace, SourceWatcher watcher, TextWriter stdout, CancellationToken stop)
    {
        while (true)
        {
            IReadOnlySet<string> changed;
            try
            {
                changed = await watcher.NextAsync(stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            Report(workspace.Rebuild(changed), stdout);
            stdout.Flush();
        }
    }

    private static void Report(PreviewSnapshot snapshot, TextWriter stdout)
    {
        var findings = snapshot.Documents.Sum(d => d.Findings.Count);
        var failed = snapshot.Documents.Count(d => d.Result.Status == DocumentStatus.Failed);
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"build {snapshot.Version}: {snapshot.Documents.Count} article{(snapshot.Documents.Count == 1 ? "" : "s")}, {findings} finding{(findings == 1 ? "" : "s")}, {failed} failed, {snapshot.Elapsed.TotalSeconds:0.00} s"));
        foreach (var problem in snapshot.SetupDiagnostics) stdout.WriteLine(problem);
    }
}
