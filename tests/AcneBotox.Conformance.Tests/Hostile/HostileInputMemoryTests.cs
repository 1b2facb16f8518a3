using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace AcneBotox.Conformance.Tests.Hostile;

/// <summary>
/// The worst hostile inputs through the real <c>acnebotox</c> process under GNU time: exit 0, 1 or 2,
/// no stack trace, and a peak resident set under 1.5 GB (issue 7). Wall time is reported, not asserted:
/// tests/bench/hostile.sh measures it.
/// </summary>
public sealed partial class HostileInputMemoryTests : IDisposable
{
    private const long MaxPeakKilobytes = 1536L * 1024;
    private const int Limit = 10 * 1024 * 1024;

    private readonly string _folder = Directory.CreateTempSubdirectory("acnebotox-rss-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string> Inputs => ["quotes-10mb.md", "flat-list-10mb.md", "flat-list-9000.md", "huge-line.txt", "long-word.md", "yaml-huge-scalar.md", "blank-lines.txt"];

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Worst_inputs_stay_under_one_and_a_half_gigabytes(string name)
    {
        var time = RealClient.RequireFile("/usr/bin/time", "GNU time, Debian package 'time'");
        var dotnet = RealClient.Require("dotnet", "the .NET SDK");
        var input = Path.Combine(_folder, name);
        File.WriteAllBytes(input, Generate(name));
        var cli = Path.Combine(AppContext.BaseDirectory, "acnebotox.dll");

        var outcome = RealClient.Run(time, ["-v", dotnet, cli, "export", input, "-o", Path.Combine(_folder, "out")],
            timeout: TimeSpan.FromMinutes(2));

        var peak = long.Parse(PeakRss().Match(outcome.StandardError).Groups[1].Value, CultureInfo.InvariantCulture);
        var exit = int.Parse(ExitStatus().Match(outcome.StandardError).Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.True(exit is 0 or 1 or 2, $"exit {exit}\n{outcome.StandardError}");
        Assert.DoesNotContain("   at ", outcome.StandardError, StringComparison.Ordinal);
        Assert.True(peak < MaxPeakKilobytes, $"{name}: peak RSS {peak / 1024} MB is over 1.5 GB");
    }

    private static byte[] Generate(string name) => name switch
    {
        "quotes-10mb.md" => Encoding.ASCII.GetBytes(new string('>', Limit)),
        "flat-list-10mb.md" => Repeat("- item\n", Limit / 7),
        "flat-list-9000.md" => Repeat("- item\n", 9000),
        "huge-line.txt" => Repeat("Botox may help acne ", 5 * 1024 * 1024 / 20),
        "long-word.md" => Encoding.ASCII.GetBytes("# One long word\n\n" + new string('a', 200_000) + "\n"),
        "yaml-huge-scalar.md" => Encoding.ASCII.GetBytes("---\ntitle: " + new string('t', 5 * 1024 * 1024) + "\n---\n\n# Huge\n\nBody.\n"),
        "blank-lines.txt" => Repeat("\n", Limit - 1),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no generator"),
    };

    private static byte[] Repeat(string unit, int count) => Encoding.UTF8.GetBytes(new StringBuilder(unit.Length * count).Insert(0, unit, count).ToString());

    [GeneratedRegex(@"Maximum resident set size \(kbytes\): (\d+)")]
    private static partial Regex PeakRss();

    [GeneratedRegex(@"Exit status: (\d+)")]
    private static partial Regex ExitStatus();
}
