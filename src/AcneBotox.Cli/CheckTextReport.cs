using System.Globalization;
using AcneBotox.Core.Checks;
using AcneBotox.Core.Checks.Readability;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Settings;

namespace AcneBotox.Cli;

/// <summary>The check report for people: per document a table of scores, then the findings.</summary>
internal static class CheckTextReport
{
    private const int NameWidth = 44;

    public static void Write(TextWriter output, IReadOnlyList<DocumentCheckResult> results, HandoutSettings settings, int accepted = 0)
    {
        foreach (var result in results)
        {
            output.WriteLine(result.Title is null ? ConsoleText.Path(result.Source) : $"{ConsoleText.Path(result.Source)}: {ConsoleText.Escape(result.Title)}");
            if (result.Readability is { } analysis)
            {
                switch (analysis.Profile.Formulas)
                {
                    case ReadabilityFormulas.English:
                        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"  {"",-NameWidth} {"grade",6} {"SMOG",6} {"C-L",6} {"ease",6} {"words",6} {"sent.",6}"));
                        EnglishRows(output, analysis);
                        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"  grade = Flesch-Kincaid; target grade {settings.TargetGrade:0.#} or lower; ease: 60+ is plain English"));
                        break;
                    case ReadabilityFormulas.Spanish:
                        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"  {"",-NameWidth} {"F-H",6} {"INFLESZ",7} {"band",-14} {"words",6} {"sent.",6}"));
                        SpanishRows(output, analysis);
                        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"  F-H = Fernández-Huerta; INFLESZ = Szigriszt-Pazos on the INFLESZ scale, target {settings.MinimumInflesz:0.#} or more (55-65 normal)"));
                        break;
                    default:
                        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"  {analysis.Document.Words} words, {analysis.Document.Sentences} sentences"));
                        break;
                }
                output.WriteLine("  checks: " + analysis.Profile.Describe());
            }
            foreach (var finding in result.Findings) output.WriteLine("  " + finding);
            if (result.Findings.Count == 0) output.WriteLine(accepted > 0 ? "  no new findings" : "  no findings");
            output.WriteLine();
        }
        var warnings = results.Sum(r => r.Findings.Count(f => f.Severity == Core.Diagnostics.Severity.Warning));
        var failed = results.Count(r => r.Failed);
        var inBaseline = accepted > 0 ? $" ({accepted} more accepted in the baseline)" : "";
        output.WriteLine($"{Counted.Of(results.Count, "document")} checked, {Counted.Of(warnings, "warning")}{inBaseline}, {failed} failed");
    }

    private static void EnglishRows(TextWriter output, ReadabilityAnalysis analysis)
    {
        EnglishRow(output, "Whole document", analysis.Document);
        foreach (var section in analysis.Sections) EnglishRow(output, SectionName(section), section.Readability);
    }

    private static void EnglishRow(TextWriter output, string name, ReadabilityScores s) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {Clip(name),-NameWidth} {F(s.FleschKincaidGrade),6} {F(s.Smog),6} {F(s.ColemanLiau),6} {F(s.FleschReadingEase),6} {s.Words,6} {s.Sentences,6}"));

    private static void SpanishRows(TextWriter output, ReadabilityAnalysis analysis)
    {
        SpanishRow(output, "Whole document", analysis.Document);
        foreach (var section in analysis.Sections) SpanishRow(output, SectionName(section), section.Readability);
    }

    private static void SpanishRow(TextWriter output, string name, ReadabilityScores s) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {Clip(name),-NameWidth} {F(s.FernandezHuerta),6} {F(s.SzigrisztPazos),7} {s.InfleszBand ?? "-",-14} {s.Words,6} {s.Sentences,6}"));

    private static string SectionName(SectionReadability section) =>
        "  " + (section.Heading is null ? "(before the first heading)" : ConsoleText.Escape(section.Heading));

    private static string Clip(string name) => name.Length > NameWidth ? name[..(NameWidth - 1)] + "…" : name;

    private static string F(double? value) =>
        value is { } v ? Math.Round(v, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture) : "-";
}
