using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using AcneBotox.Core.Checks;
using AcneBotox.Core.Checks.Readability;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Settings;

namespace AcneBotox.Cli;

/// <summary>
/// The check report as JSON: <c>targetGrade, minimumInflesz, documents[] {source, title, status, language,
/// checks {ran[], notRun[]}, readability, sections[] {heading, line, readability}, findings[]}</c>.
/// Scores are rounded to one decimal so the same input always gives the same bytes.
/// </summary>
internal static class CheckJsonReport
{
    public static void Write(TextWriter output, IReadOnlyList<DocumentCheckResult> results, HandoutSettings settings)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = true,
            // Stdout, not HTML: keep curly quotes and dashes readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            json.WriteStartObject();
            json.WriteNumber("targetGrade", settings.TargetGrade);
            json.WriteNumber("minimumInflesz", settings.MinimumInflesz);
            json.WriteStartArray("documents");
            foreach (var result in results) WriteDocument(json, result);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.Write(Encoding.UTF8.GetString(buffer.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal));
        output.Write('\n');
    }

    private static void WriteDocument(Utf8JsonWriter json, DocumentCheckResult result)
    {
        json.WriteStartObject();
        json.WriteString("source", result.Source.Replace('\\', '/'));
        json.WriteString("title", result.Title);
        json.WriteString("status", result.Failed ? "failed" : "ok");
        if (result.Readability is { } analysis)
        {
            json.WriteString("language", analysis.Profile.Language);
            json.WriteStartObject("checks");
            json.WriteStartArray("ran");
            foreach (var check in analysis.Profile.Ran) json.WriteStringValue(check);
            json.WriteEndArray();
            json.WriteStartArray("notRun");
            foreach (var check in analysis.Profile.NotRun) json.WriteStringValue(check);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WritePropertyName("readability");
            WriteScores(json, analysis.Document);
            json.WriteStartArray("sections");
            foreach (var section in analysis.Sections)
            {
                json.WriteStartObject();
                json.WriteString("heading", section.Heading);
                if (section.Line is { } line) json.WriteNumber("line", line);
                else json.WriteNull("line");
                json.WritePropertyName("readability");
                WriteScores(json, section.Readability);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        else
        {
            json.WriteNull("language");
            json.WriteNull("checks");
            json.WriteNull("readability");
            json.WriteStartArray("sections");
            json.WriteEndArray();
        }
        json.WriteStartArray("findings");
        foreach (var finding in result.Findings) WriteFinding(json, finding);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteScores(Utf8JsonWriter json, ReadabilityScores scores)
    {
        json.WriteStartObject();
        Score(json, "fleschReadingEase", scores.FleschReadingEase);
        Score(json, "fleschKincaidGrade", scores.FleschKincaidGrade);
        Score(json, "smog", scores.Smog);
        Score(json, "colemanLiau", scores.ColemanLiau);
        Score(json, "fernandezHuerta", scores.FernandezHuerta);
        Score(json, "szigrisztPazos", scores.SzigrisztPazos);
        json.WriteString("inflesz", scores.InfleszBand);
        json.WriteNumber("words", scores.Words);
        json.WriteNumber("sentences", scores.Sentences);
        json.WriteNumber("syllables", scores.Syllables);
        json.WriteNumber("polysyllables", scores.Polysyllables);
        json.WriteNumber("passiveSentences", scores.PassiveSentences);
        json.WriteEndObject();
    }

    private static void Score(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v) json.WriteNumber(name, Math.Round(v, 1, MidpointRounding.AwayFromZero));
        else json.WriteNull(name);
    }

    private static void WriteFinding(Utf8JsonWriter json, Diagnostic finding)
    {
        json.WriteStartObject();
        json.WriteString("rule", finding.Rule);
        json.WriteString("severity", finding.Severity.ToString().ToLowerInvariant());
        if (finding.Line is { } line) json.WriteNumber("line", line);
        else json.WriteNull("line");
        json.WriteString("message", finding.Message);
        json.WriteString("suggestion", finding.Suggestion);
        json.WriteEndObject();
    }
}
