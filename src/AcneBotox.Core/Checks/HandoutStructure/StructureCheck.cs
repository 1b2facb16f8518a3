using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using AcneBotox.Core.Checks.Readability;
using AcneBotox.Core.Checks.Text;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Model;
using AcneBotox.Core.Settings;

namespace AcneBotox.Core.Checks.HandoutStructure;

/// <summary>
/// The PEMAT-style structure checks software can do: informative headings without skipped levels,
/// short sections, a summary or key points, the purpose stated near the top, a review date that is
/// not overdue, sources, and alt text on every image. "Today" comes from <paramref name="clock"/>.
/// </summary>
public sealed partial class StructureCheck(TimeProvider clock) : IDocumentCheck
{
    /// <summary>Top-level sections longer than this many words are reported.</summary>
    public const int MaxSectionWords = 250;

    /// <summary>Documents longer than this many words need headings.</summary>
    public const int WordsNeedingHeadings = 150;

    // Headings that say where the reader is but not what they will learn.
    private static readonly FrozenSet<string> VagueHeadings = new[]
    {
        "introduction", "intro", "conclusion", "conclusions", "overview", "background", "details", "discussion",
        "miscellaneous", "other", "others", "general", "general information", "information", "more", "notes", "misc",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> SpanishVagueHeadings = new[]
    {
        "introducción", "introduccion", "conclusión", "conclusion", "conclusiones", "generalidades", "antecedentes", "detalles",
        "información", "informacion", "información general", "otros", "otras", "varios", "más", "notas", "discusión",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The check with the system clock (or <c>SOURCE_DATE_EPOCH</c> when set).</summary>
    public StructureCheck() : this(TimeProvider.System) { }

    /// <inheritdoc />
    public string Name => "structure";

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Run(Document document, HandoutSettings settings)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(settings);
        var path = document.Metadata.Provenance.SourcePath;
        var analysis = ReadabilityAnalyzer.Analyze(document, settings);
        var headings = ModelWalker.Query<Heading>(document).ToList();
        var words = HeadingWords.For(analysis.Profile.Language);
        return [.. Headings(headings, analysis, words, path), .. Sections(analysis, path), .. Summary(document, headings, words, path),
            .. Purpose(document, analysis, words, path), .. Review(document.Metadata, path), .. Sources(document.Metadata, path),
            .. Images(document, path)];
    }

    // The words that show a heading is vague, a section is a summary, or a sentence states the handout's purpose, in one
    // language; a language without them gets only the checks that need no words (a key points box counts as a summary).
    private sealed record HeadingWords(FrozenSet<string> Vague, Regex? Summary, Regex? Purpose)
    {
        public static HeadingWords For(string language) => language switch
        {
            "en" => new(VagueHeadings, SummaryHeadingPattern(), PurposePattern()),
            "es" => new(SpanishVagueHeadings, SpanishSummaryHeadingPattern(), SpanishPurposePattern()),
            _ => new(FrozenSet<string>.Empty, null, null),
        };
    }

    private static IEnumerable<Diagnostic> Headings(List<Heading> headings, ReadabilityAnalysis analysis, HeadingWords words, string path)
    {
        if (headings.Count == 0 && analysis.Document.Words > WordsNeedingHeadings)
            yield return new Diagnostic(Severity.Warning, "structure.no-headings",
                $"{analysis.Document.Words} words without a single heading", path, null,
                "add headings that say what each part is about, e.g. \"How is it done?\"");
        var previous = 0;
        foreach (var heading in headings)
        {
            var text = ModelWalker.PlainText(heading.Inlines).Trim().TrimEnd(':', '.');
            if (text.Length == 0)
                yield return new Diagnostic(Severity.Warning, "structure.empty-heading", "heading without text", path, heading.SourceLine,
                    "give the heading words or remove it");
            else if (words.Vague.Contains(text))
                yield return new Diagnostic(Severity.Warning, "structure.vague-heading",
                    $"heading \"{text}\" does not say what the section is about", path, heading.SourceLine,
                    "use an informative heading, e.g. a question the section answers");
            if (heading.Level > previous + 1)
                yield return new Diagnostic(Severity.Warning, "structure.heading-skip",
                    $"heading level {heading.Level} follows level {previous}", path, heading.SourceLine,
                    $"use level {previous + 1} here; screen-reader users navigate by heading level");
            previous = heading.Level;
        }
    }

    private static IEnumerable<Diagnostic> Sections(ReadabilityAnalysis analysis, string path)
    {
        foreach (var section in analysis.Sections.Where(s => s.Readability.Words > MaxSectionWords))
            yield return new Diagnostic(Severity.Warning, "structure.long-section",
                $"section \"{section.Heading ?? "(before the first heading)"}\" has {section.Readability.Words} words", path, section.Line,
                $"split it under more headings; keep sections to about {MaxSectionWords} words");
    }

    private static IEnumerable<Diagnostic> Summary(Document document, List<Heading> headings, HeadingWords words, string path)
    {
        var hasKeyPoints = ModelWalker.Query<Callout>(document).Any(c => c.Kind == CalloutKind.KeyPoints);
        var hasSummaryHeading = words.Summary is { } summary && headings.Any(h => summary.IsMatch(ModelWalker.PlainText(h.Inlines)));
        if (!hasKeyPoints && !hasSummaryHeading)
            yield return new Diagnostic(Severity.Warning, "structure.no-summary",
                "no key points box or summary section", path, null,
                "add a short \"Key points\" list near the top, or a summary at the end");
    }

    private static IEnumerable<Diagnostic> Purpose(Document document, ReadabilityAnalysis analysis, HeadingWords headingWords, string path)
    {
        if (headingWords.Purpose is not { } purpose) yield break;
        if (ModelWalker.Query<Callout>(document).Any(c => c.Kind == CalloutKind.KeyPoints)) yield break;
        // The purpose should be clear within the first hundred or so words a patient reads.
        var words = 0;
        foreach (var sentence in analysis.Sentences)
        {
            if (purpose.IsMatch(sentence.Text)) yield break;
            words += sentence.Words.Length;
            if (words >= 120) break;
        }
        if (analysis.Document.Words == 0) yield break;
        yield return new Diagnostic(Severity.Warning, "structure.no-purpose",
            "the first paragraphs do not say what the handout is for", path, analysis.Sentences.FirstOrDefault()?.Line,
            "start with one sentence such as \"This handout explains ...\" or a key points box");
    }

    private IEnumerable<Diagnostic> Review(Metadata metadata, string path)
    {
        if (metadata.Reviewed is null)
            yield return new Diagnostic(Severity.Warning, "structure.no-review-date",
                "no review date", path, null, "add 'reviewed: YYYY-MM-DD' (and 'nextReview') to the front matter");
        if (metadata.NextReview is { } due && due < Today())
            yield return new Diagnostic(Severity.Warning, "structure.review-overdue",
                $"review was due on {due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}", path, null,
                "have a clinician review the content, then update 'reviewed' and 'nextReview'");
    }

    private static IEnumerable<Diagnostic> Sources(Metadata metadata, string path)
    {
        if (metadata.Sources.IsDefaultOrEmpty)
            yield return new Diagnostic(Severity.Warning, "structure.no-sources",
                "no sources listed", path, null, "list the guidelines or studies the content is based on under 'sources' in the front matter");
    }

    private static IEnumerable<Diagnostic> Images(Document document, string path)
    {
        foreach (var image in ModelWalker.Query<Image>(document).Where(i => string.IsNullOrWhiteSpace(i.AltText)))
            yield return new Diagnostic(Severity.Warning, "structure.image-alt",
                $"image \"{image.Source}\" has no alt text", path, image.SourceLine,
                "describe what the picture shows for readers who cannot see it");
    }

    private DateOnly Today()
    {
        var epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        if (long.TryParse(epoch, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
            return DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime);
        return DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
    }

    [GeneratedRegex(@"\b(summary|key (points|facts|messages)|main points|in (short|brief)|take-?aways?|what to remember|bottom line|conclusions?|at a glance|quick facts|things to remember)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SummaryHeadingPattern();

    [GeneratedRegex(@"\b(this (handout|leaflet|sheet|page|article|guide|booklet|information)|you will (learn|find)|(explains|tells you|is about|will help you|answers)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PurposePattern();

    [GeneratedRegex(@"\b(resumen|en resumen|puntos clave|ideas clave|lo (más|mas) importante|para recordar|en pocas palabras|conclusi(ó|o)n(es)?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpanishSummaryHeadingPattern();

    [GeneratedRegex(@"\b((este|esta) (folleto|hoja|página|pagina|documento|guía|guia|información|informacion)|aquí (encontrará|encontrara|le explicamos)|(explica|le ayudará|le ayudara|trata de|sirve para)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpanishPurposePattern();
}
