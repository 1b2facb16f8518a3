using System.Text.Json;
using AcneBotox.Cli;
using AcneBotox.Core.Checks;
using AcneBotox.Tests.Support;

namespace AcneBotox.Tests.Checks.Spanish;

/// <summary>The check and export reports say which checks ran for each document's language.</summary>
public sealed class CheckReportLanguageTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("acnebotox-checks-lang-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static (int Code, string Stdout, string Stderr) Cli(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private string German()
    {
        var path = Path.Combine(_root, "hautpflege.md");
        File.WriteAllText(path, "---\ntitle: Hautpflege\nlanguage: de\nreviewed: 2026-01-01\n---\n"
            + "Die Haut braucht nach der Behandlung Ruhe. Waschen Sie das Gesicht nur mit Wasser. Rufen Sie uns an, wenn Sie Fieber bekommen.\n");
        return path;
    }

    [Fact]
    public void The_json_check_report_lists_the_checks_that_ran_and_the_spanish_scores()
    {
        var spanish = Path.Combine(TestPaths.Content, "cuidados-despues-del-botox.md");
        var (_, stdout, _) = Cli("check", spanish, TestPaths.Seed, German(), "--format", "json");
        using var json = JsonDocument.Parse(stdout);
        var documents = json.RootElement.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(["es", "en", "de"], documents.Select(d => d.GetProperty("language").GetString()));

        var es = documents[0];
        Assert.Contains(es.GetProperty("checks").GetProperty("ran").EnumerateArray(), c => c.GetString()!.Contains("Fernández-Huerta", StringComparison.Ordinal));
        Assert.Contains(es.GetProperty("checks").GetProperty("notRun").EnumerateArray(), c => c.GetString()!.Contains("passive voice", StringComparison.Ordinal));
        Assert.Equal(JsonValueKind.Number, es.GetProperty("readability").GetProperty("szigrisztPazos").ValueKind);
        Assert.Equal(JsonValueKind.Null, es.GetProperty("readability").GetProperty("fleschKincaidGrade").ValueKind);
        Assert.DoesNotContain(es.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() is "plain.you" or "readability.passive");

        Assert.Equal(0, documents[1].GetProperty("checks").GetProperty("notRun").GetArrayLength());
        Assert.Contains(documents[2].GetProperty("checks").GetProperty("notRun").EnumerateArray(), c => c.GetString()!.StartsWith("readability scores", StringComparison.Ordinal));
    }

    [Fact]
    public void The_text_check_report_says_once_that_a_language_without_a_formula_gets_structural_checks_only()
    {
        var (_, stdout, _) = Cli("check", German());
        Assert.Equal(1, Count(stdout, "structural checks only"));
        Assert.Contains("checks: no readability formula for 'de'", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_notes_once_which_checks_did_not_run_in_the_terminal_and_the_json_report()
    {
        var content = Path.Combine(_root, "content");
        Directory.CreateDirectory(content);
        File.Copy(German(), Path.Combine(content, "hautpflege.md"));
        File.Copy(Path.Combine(TestPaths.Content, "cuidados-despues-del-botox.md"), Path.Combine(content, "cuidados.md"));
        var report = Path.Combine(_root, "report.json");
        var (code, _, stderr) = Cli("export", content, "-o", Path.Combine(_root, "out"), "-f", "html", "--report", report, "-q");
        Assert.Equal(CliApp.ExitOk, code);
        Assert.Equal(1, Count(stderr, "structural checks only"));
        Assert.Equal(1, Count(stderr, "checked as 'es'"));

        using var json = JsonDocument.Parse(File.ReadAllText(report));
        var notes = json.RootElement.GetProperty("documents").EnumerateArray()
            .SelectMany(d => d.GetProperty("warnings").EnumerateArray())
            .Where(w => w.GetProperty("rule").GetString() == CheckProfile.CoverageRule)
            .Select(w => (w.GetProperty("severity").GetString(), w.GetProperty("message").GetString()!))
            .ToList();
        Assert.Equal(2, notes.Count);
        Assert.All(notes, note => Assert.Equal("info", note.Item1));
    }

    private static int Count(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
