namespace AcneBotox.Conformance.Tests.Tool;

/// <summary>
/// The installed command, as the README tells a user to get it: <c>dotnet pack</c> makes the .NET tool package,
/// <c>dotnet tool install --tool-path</c> installs it from that folder, and the installed <c>acnebotox</c> runs.
/// </summary>
public sealed class ToolPackageTests : IDisposable
{
    private static readonly TimeSpan DotnetLimit = TimeSpan.FromMinutes(15);

    private readonly string _root = Directory.CreateTempSubdirectory("acnebotox-tool-test-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void The_packed_tool_installs_from_the_local_package_and_exports_the_seed()
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? RealClient.Require("dotnet", "install the .NET 10 SDK");
        var packages = Path.Combine(_root, "packages");
        var tools = Path.Combine(_root, "tools");
        var repository = RealClient.RepositoryRoot;

        // The README's command; Release, so the Debug build the tests run from is left alone.
        var pack = RealClient.Run(dotnet, ["pack", Path.Combine(repository, "src", "AcneBotox.Cli"), "-c", "Release", "-o", packages],
            timeout: DotnetLimit);
        Assert.True(pack.ExitCode == 0, $"dotnet pack failed:\n{pack.StandardOutput}\n{pack.StandardError}");
        var package = Assert.Single(Directory.GetFiles(packages, "acnebotox.*.nupkg"));

        var install = RealClient.Run(dotnet, ["tool", "install", "acnebotox", "--tool-path", tools, "--add-source", packages,
            "--ignore-failed-sources"], timeout: DotnetLimit);
        Assert.True(install.ExitCode == 0, $"dotnet tool install failed:\n{install.StandardOutput}\n{install.StandardError}");
        var command = Path.Combine(tools, "acnebotox");
        Assert.True(File.Exists(command), $"no acnebotox command in {tools} after installing {Path.GetFileName(package)}");

        var version = RealClient.Run(command, ["--version"]);
        Assert.Equal(0, version.ExitCode);
        Assert.StartsWith(typeof(Cli.CliApp).Assembly.GetName().Version!.ToString(3), version.StandardOutput.Trim(), StringComparison.Ordinal);

        // Run from a folder of its own, as a user would after installing: the seed's content folder, exported by default.
        var work = Directory.CreateDirectory(Path.Combine(_root, "work")).FullName;
        var content = Directory.CreateDirectory(Path.Combine(work, "content")).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(repository, "content")))
            File.Copy(file, Path.Combine(content, Path.GetFileName(file)));
        var export = RealClient.Run(command, ["export", "-q"], workingDirectory: work);
        Assert.True(export.ExitCode == 0, $"the installed acnebotox export failed:\n{export.StandardOutput}\n{export.StandardError}");
        foreach (var extension in new[] { "pdf", "docx", "html" })
            Assert.True(File.Exists(Path.Combine(work, "output", "can-botox-help-acne." + extension)), $"no {extension} output");
        var pdf = File.ReadAllBytes(Path.Combine(work, "output", "can-botox-help-acne.pdf"));
        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
    }
}
