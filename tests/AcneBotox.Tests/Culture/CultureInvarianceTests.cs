using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using AcneBotox.Tests.Support;

namespace AcneBotox.Tests.Culture;

/// <summary>
/// The CLI gives the same bytes and the same messages whatever the machine's culture: it is run as its own
/// process under de-DE (decimal comma), ar-SA (Arabic digits, right-to-left) and tr-TR (dotless i) and every
/// output file, the report and every printed line are compared with a run under the invariant culture.
/// </summary>
public sealed partial class CultureInvarianceTests : IDisposable
{
    private static readonly TimeSpan ProcessLimit = TimeSpan.FromSeconds(120);

    private readonly string _root = Directory.CreateTempSubdirectory("acnebotox-culture-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    public static TheoryData<string> Cultures => ["de_DE", "ar_SA", "tr_TR"];

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Export_writes_the_same_bytes_and_messages_as_under_the_invariant_culture(string locale)
    {
        SkipWithoutCultureData(locale);
        var content = WriteContent();
        var invariant = Export(content, "C");
        var local = Export(content, locale + ".UTF-8");

        Assert.True(invariant.Exit == local.Exit, $"exit {invariant.Exit} vs {local.Exit}\n{local.Stderr}");
        Assert.Equal(invariant.Stderr.Split('\n'), local.Stderr.Split('\n'));
        Assert.Equal(invariant.Stdout.Split('\n'), local.Stdout.Split('\n'));
        Assert.Equal(invariant.Files.Keys.Order(), local.Files.Keys.Order());
        Assert.True(invariant.Files.Count >= 7, string.Join(", ", invariant.Files.Keys));
        foreach (var (name, bytes) in invariant.Files)
            Assert.True(bytes.AsSpan().SequenceEqual(local.Files[name]), $"{name} differs under {locale}");
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Check_prints_the_same_text_and_json_as_under_the_invariant_culture(string locale)
    {
        SkipWithoutCultureData(locale);
        var content = WriteContent();
        foreach (var format in new[] { "text", "json" })
        {
            var invariant = Run("C", "check", content, "--format", format);
            var local = Run(locale + ".UTF-8", "check", content, "--format", format);
            Assert.Equal(invariant.Exit, local.Exit);
            Assert.Equal(invariant.Stdout.Split('\n'), local.Stdout.Split('\n'));
            Assert.Equal(invariant.Stderr.Split('\n'), local.Stderr.Split('\n'));
        }
    }

    private (int Exit, string Stdout, string Stderr, Dictionary<string, byte[]> Files) Export(string content, string locale)
    {
        var output = Path.Combine(_root, "out-" + locale);
        var report = Path.Combine(_root, "report-" + locale + ".json");
        var (exit, stdout, stderr) = Run(locale, "export", content, "-o", output, "-f", "HTML,PDF,DOCX", "--report", report, "-q", "-j", "1");
        var files = Directory.EnumerateFiles(output).Where(f => !Path.GetFileName(f).StartsWith('.'))
            .ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes, StringComparer.Ordinal);
        // Timings are the one thing allowed to differ between runs.
        files["report.json"] = System.Text.Encoding.UTF8.GetBytes(Timing().Replace(File.ReadAllText(report), "\"elapsedMs\": 0")
            .Replace(output, "OUT", StringComparison.Ordinal));
        return (exit, stdout.Replace(output, "OUT", StringComparison.Ordinal), stderr.Replace(output, "OUT", StringComparison.Ordinal), files);
    }

    // The articles exercise numbers, dates, colours, tables and case: a decimal font size, a brand colour the
    // palette must darken (a contrast ratio in a warning), review dates, upper-case format names and an 'I'.
    private string WriteContent()
    {
        var content = Directory.CreateDirectory(Path.Combine(_root, "content")).FullName;
        File.Copy(TestPaths.Seed, Path.Combine(content, "can-botox-help-acne.txt"));
        File.WriteAllText(Path.Combine(content, "handout.yml"), """
            organization: Izmir Skin Clinic
            contact: "Call 555-0134"
            paper: A4
            fontSize: 13.5
            brandColor: "#FFB000"
            readability:
              targetGrade: 7.5
            limits:
              maxBlocks: 5000
            """);
        File.WriteAllText(Path.Combine(content, "ISOTRETINOIN-INFO.md"), """
            ---
            title: Isotretinoin in 12 WEEKS
            summary: What to expect, week by week.
            reviewed: 2026-03-09
            nextReview: 2027-03-09
            version: "1.5"
            sources: [AAD 2024 guideline]
            ---
            :::key-points
            - Take 0.5 mg per kg of body weight, 1.5 times a day if your doctor says so.
            :::

            > [!WARNING]
            > Stop and call us if you have trouble breathing.

            ## How much do I take?

            | Week | Dose (mg) | Change |
            |------|-----------|--------|
            | 1    | 20.5      | 12.75% |
            | 12   | 40        | 1,000  |

            Utilize the INSTRUCTIONS. Visit https://example.org/ISTANBUL or call 555-0134.
            """);
        return content;
    }

    private static (int Exit, string Stdout, string Stderr) Run(string locale, params string[] args)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "acnebotox.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(cli);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["LC_ALL"] = locale;
        start.Environment["LANG"] = locale;
        start.Environment["GITHUB_ACTIONS"] = "true";
        start.Environment.Remove("SOURCE_DATE_EPOCH");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(ProcessLimit))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"acnebotox {string.Join(' ', args)} under {locale} did not finish within {ProcessLimit.TotalSeconds} s");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    private static void SkipWithoutCultureData(string locale)
    {
        var culture = new CultureInfo(locale.Replace('_', '-'));
        TestSkip.When(culture.Name.Length == 0 || CultureInfo.InvariantCulture.Equals(culture) || string.IsNullOrEmpty(culture.DisplayName),
            $"no culture data for {locale} (ICU missing or globalization-invariant mode)");
        TestSkip.When(locale == "de_DE" && culture.NumberFormat.NumberDecimalSeparator != ",",
            "the ICU culture data does not give de-DE its decimal comma");
    }

    [GeneratedRegex("\"elapsedMs\": [0-9]+")]
    private static partial Regex Timing();
}
