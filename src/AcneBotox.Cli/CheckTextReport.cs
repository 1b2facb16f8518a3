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
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {"",-NameWidth} {"grade",6} {"SMOG",6} {"C-L",6} {"ease",6} {"words",6} {"sent.",6}"));
                Row(output, "Whole document", analysis.Document);
                foreach (var section in analysis.Sections) Row(output, "  " + (section.Heading is null ? "(before the first heading)" : ConsoleText.Escape(section.Heading)), section.Readability);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  grade = Flesch-Kincaid; target grade {settings.TargetGrade:0.#} or lower; ease: 60+ is plain English"));
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

    private static void Row(TextWriter output, string name, ReadabilityScores s)
    {
        if (name.Length > NameWidth) name = name[..(NameWidth - 1)] + "…";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {name,-NameWidth} {F(s.FleschKincaidGrade),6} {F(s.Smog),6} {F(s.ColemanLiau),6} {F(s.FleschReadingEase),6} {s.Words,6} {s.Sentences,6}"));
    }

    private static string F(double? value) =>
        value is { } v ? Math.Round(v, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture) : "-";
}
