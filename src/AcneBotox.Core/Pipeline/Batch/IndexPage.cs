using System.Globalization;
using System.Text;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.IO;
using AcneBotox.Core.Writers.Html;

namespace AcneBotox.Core.Pipeline.Batch;

/// <summary>
/// The batch summary page (<c>index.html</c> in the output folder): every handout of the run with links to
/// its files, the PDF's page count, the reading grade, the warning and error counts and the status, so a
/// content lead sees the batch at a glance. Like the handouts it is accessible (one h1, a real table with
/// header cells, AA contrast, no script) and deterministic: the same run gives the same bytes (no clock, no timings).
/// </summary>
public static class IndexPage
{
    /// <summary>The page's file name inside the output folder.</summary>
    public const string FileName = "index.html";

    private const char None = '\u2014';

    /// <summary>
    /// The page's rows: the documents of <paramref name="outcome"/> in the run's input order, then every other document
    /// the output folder's cache manifest says was exported there by an earlier run (<see cref="BatchOutcome.EarlierExports"/>,
    /// sorted by source), so the page lists everything the folder holds.
    /// </summary>
    public static IReadOnlyList<IndexPageEntry> Entries(BatchOutcome outcome, ExportOptions options)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(options);
        // This run's documents keep their language versions together (the rendering groups them); earlier runs'
        // documents are not in this run's translation index and are listed one by one after them.
        var entries = outcome.Results.Select(result => Entry(result, options, outcome.Translations)).ToList();
        var stems = outcome.Results.Select(r => Path.GetFileNameWithoutExtension(r.Source)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        // From the manifest the run just saved, kept in memory: reading the file back (7 MB at 1,000 documents) was
        // the peak of a batch's memory.
        var earlier = outcome.EarlierExports
            .GroupBy(e => ExportManifest.SourceOf(e.Key), StringComparer.Ordinal)
            .Where(g => !stems.Contains(Path.GetFileNameWithoutExtension(g.Key)))
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var source in earlier)
        {
            var regular = source.FirstOrDefault(e => e.Key == source.Key).Value;
            var large = source.FirstOrDefault(e => e.Key != source.Key).Value;
            var links = new List<IndexPageLink>();
            foreach (var (entry, largePrint) in new[] { (regular, false), (large, true) })
            {
                if (entry is null) continue;
                foreach (var output in entry.Outputs)
                {
                    var path = Path.GetFullPath(Path.Combine(options.OutputDirectory, output.Path));
                    if (RealPath.IsInside(path, options.OutputDirectory) && File.Exists(path)) links.Add(Link(output.Format, path, largePrint, options));
                }
            }
            if (links.Count == 0) continue;
            var known = regular ?? large!;
            var name = Path.GetFileName(source.Key);
            entries.Add(new IndexPageEntry(string.IsNullOrWhiteSpace(known.Title) ? name : known.Title, name, DocumentStatus.Skipped, links,
                known.Outputs.FirstOrDefault(o => o.Format == "pdf" && o.Pages is not null)?.Pages, known.ReadingGrade,
                known.Diagnostics.CountOf(Severity.Warning), known.Diagnostics.CountOf(Severity.Error))
            { InThisRun = false });
        }
        return entries;
    }

    /// <summary>
    /// Writes the page atomically into the output folder after a run. Returns <c>null</c> when written, else
    /// why not: no handout in the folder (everything failed), or an article named <c>index</c> whose HTML handout
    /// the page would replace.
    /// </summary>
    public static string? WriteFile(BatchOutcome outcome, ExportOptions options)
    {
        var entries = Entries(outcome, options);
        if (!entries.Any(e => e.Links.Count > 0)) return "no handout was written, so there is nothing to list";
        if (outcome.Results.Any(r => Path.GetFileNameWithoutExtension(r.Source).Equals("index", StringComparison.OrdinalIgnoreCase)))
            return "an article named 'index' has its handout at that name; rename the article to get the summary page";
        Directory.CreateDirectory(options.OutputDirectory);
        // Streamed to the file: the page of 3,000 documents is megabytes, which held whole (as text, then as bytes)
        // were the peak of a batch's memory.
        AtomicFile.Write(Path.Combine(options.OutputDirectory, FileName), stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
            Render(writer, entries, options.Settings.TargetGrade);
        });
        return null;
    }

    /// <summary>The page's HTML for <paramref name="entries"/>; <paramref name="targetGrade"/> is the reading grade aimed at.</summary>
    public static string Render(IReadOnlyList<IndexPageEntry> entries, double targetGrade)
    {
        using var html = new StringWriter(CultureInfo.InvariantCulture);
        Render(html, entries, targetGrade);
        return html.ToString();
    }

    /// <summary>Writes the page's HTML for <paramref name="entries"/> to <paramref name="page"/>.</summary>
    public static void Render(TextWriter page, IReadOnlyList<IndexPageEntry> entries, double targetGrade)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(entries);
        // Built a row at a time and handed on, so only one row is ever held.
        var html = new StringBuilder();
        int Count(DocumentStatus status) => entries.Count(e => e.InThisRun && e.Status == status);
        var ran = entries.Count(e => e.InThisRun);
        var earlier = entries.Count - ran;
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>Handouts of this export</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n<main>\n")
            .Append("<h1>Handouts of this export</h1>\n<p>")
            .Append(Invariant($"{ran} {Plural(ran, "document")}: {Count(DocumentStatus.Ok)} exported, {Count(DocumentStatus.Skipped)} up to date, {Count(DocumentStatus.Failed)} failed. "))
            .Append(earlier == 0 ? "" : Invariant($"{earlier} more {Plural(earlier, "document")} exported to this folder by earlier runs {(earlier == 1 ? "is" : "are")} listed after them. "))
            .Append(Invariant($"The reading grade is the Flesch-Kincaid grade of the body text; the target is grade {targetGrade:0.#} or lower."))
            // The table scrolls in its own region on a narrow screen instead of pushing the whole page sideways.
            .Append("</p>\n<div class=\"table-scroll\" role=\"region\" aria-labelledby=\"handouts-caption\" tabindex=\"0\">\n")
            .Append("<table>\n<caption id=\"handouts-caption\">")
            .Append(earlier == 0 ? "Every handout of the run, in input order" : "Every handout in this folder: this run's in input order, then earlier runs'")
            .Append("</caption>\n<thead>\n<tr>");
        foreach (var heading in (string[])["Handout", "Files", "PDF pages", "Reading grade", "Warnings", "Errors", "Status"])
            html.Append("<th scope=\"col\">").Append(heading).Append("</th>");
        html.Append("</tr>\n</thead>\n<tbody>\n");
        // The language versions of one article are listed together, under a row that names them, at the place of the first.
        foreach (var group in entries.GroupBy(e => e.VersionGroup ?? "\0" + e.Source, StringComparer.Ordinal))
        {
            var members = group.ToList();
            if (members.Count > 1 && members[0].VersionGroup is not null)
            {
                var names = string.Join(", ", members.Select(m => Translations.LanguageNames.Of(m.Language ?? "")));
                html.Append("</tbody>\n<tbody class=\"versions\">\n<tr><th scope=\"rowgroup\" colspan=\"7\">")
                    .Append(HtmlEscaper.Text($"Language versions of one article ({members.Count}): {names}")).Append("</th></tr>\n");
                foreach (var entry in members) AppendRow(html, entry, targetGrade);
                html.Append("</tbody>\n<tbody>\n");
            }
            else foreach (var entry in members) AppendRow(html, entry, targetGrade);
            page.Write(html);
            html.Clear();
        }
        html.Append("</tbody>\n</table>\n</div>\n</main>\n</body>\n</html>\n");
        page.Write(html);
    }

    private static void AppendRow(StringBuilder html, IndexPageEntry entry, double targetGrade)
    {
        html.Append("<tr>\n<th scope=\"row\">").Append(HtmlEscaper.Text(entry.Title))
            .Append("<br><span class=\"source\">").Append(HtmlEscaper.Text(entry.Source))
            .Append(entry.Language is { } language ? " (" + HtmlEscaper.Text(language) + ")" : "").Append("</span></th>\n<td>");
        if (entry.Links.Count == 0) html.Append(None);
        else
        {
            html.Append("<ul>");
            foreach (var link in entry.Links)
                html.Append("<li><a href=\"").Append(HtmlEscaper.Attribute(Href(link.RelativePath))).Append("\">")
                    .Append(HtmlEscaper.Text(link.Label)).Append("</a></li>");
            html.Append("</ul>");
        }
        html.Append("</td>\n<td>").Append(entry.Pages is { } pages ? pages.ToString(CultureInfo.InvariantCulture) : "\u2014")
            .Append("</td>\n<td>");
        if (entry.ReadingGrade is { } grade)
        {
            html.Append(Invariant($"{grade:0.0}"));
            // Said in words, not colour, so it reaches everyone.
            if (grade > targetGrade) html.Append(" (above target)");
        }
        else html.Append(None);
        html.Append(Invariant($"</td>\n<td>{entry.Warnings}</td>\n<td>{entry.Errors}</td>\n<td>"))
            .Append(entry.Status switch
            {
                _ when !entry.InThisRun => "not in this run",
                DocumentStatus.Ok => "exported",
                DocumentStatus.Skipped => "up to date",
                _ => "failed",
            })
            .Append("</td>\n</tr>\n");
    }

    private static IndexPageEntry Entry(DocumentResult result, ExportOptions options, Translations.TranslationIndex translations)
    {
        var versions = translations.VersionsOf(result.Source);
        var me = versions.FirstOrDefault(v => Path.GetFullPath(v.SourcePath) == Path.GetFullPath(result.Source));
        var source = Path.GetFileName(result.Source);
        var written = result.Status == DocumentStatus.Failed ? [] : result.Outputs;
        return new IndexPageEntry(
            string.IsNullOrWhiteSpace(result.Title) ? source : result.Title,
            source,
            result.Status,
            Links(result.Source, written, options),
            written.FirstOrDefault(o => o.Format == "pdf" && o.Pages is not null)?.Pages,
            result.ReadingGrade,
            result.Diagnostics.CountOf(Severity.Warning),
            result.Diagnostics.CountOf(Severity.Error),
            me?.Language,
            me is null ? null : translations.GroupOf(result.Source));
    }

    // The run's files, and the other print size's files of the same formats when an earlier run left them
    // beside them (regular and large-print runs share the folder); regular size first.
    private static List<IndexPageLink> Links(string source, IReadOnlyList<OutputFile> written, ExportOptions options)
    {
        var largePrint = options.Settings.LargePrint;
        var other = options with { Settings = options.Settings with { LargePrint = !largePrint } };
        var mine = written.Select(o => Link(o.Format, o.Path, largePrint, options)).ToList();
        var theirs = written
            .Select(o => (o.Format, Path: other.OutputPath(source, Path.GetExtension(o.Path).TrimStart('.'))))
            .Where(o => File.Exists(o.Path))
            .Select(o => Link(o.Format, o.Path, !largePrint, options))
            .ToList();
        return largePrint ? [.. theirs, .. mine] : [.. mine, .. theirs];
    }

    private static IndexPageLink Link(string format, string path, bool largePrint, ExportOptions options)
    {
        var label = format switch
        {
            "html" => "HTML",
            "pdf" => "PDF",
            "docx" => "Word (DOCX)",
            _ => format.ToUpperInvariant(),
        };
        return new IndexPageLink(largePrint ? "Large-print " + label : label,
            Path.GetRelativePath(options.OutputDirectory, path).Replace('\\', '/'));
    }

    private static string Href(string relativePath) =>
        string.Join('/', relativePath.Split('/').Select(Uri.EscapeDataString));

    private static string Plural(int count, string noun) => count == 1 ? noun : noun + "s";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    // Text #1a1a1a and links #0b4f8a on white: both far above 4.5:1. On a dark screen, as the handouts do: text
    // #e8e8e8 (15:1), links #8cc4ff (10:1) and header cells #2a2a2a under that text (12:1) on #121212.
    private const string Style =
        ":root { color-scheme: light dark; }\n"
        + "body { font-family: system-ui, sans-serif; color: #1a1a1a; background: #ffffff; margin: 1.5rem; line-height: 1.5; overflow-wrap: anywhere; }\n"
        + ".table-scroll { overflow-x: auto; max-width: 100%; }\n"
        + ".table-scroll:focus-visible { outline: 3px solid #0b4f8a; outline-offset: 2px; }\n"
        + "a { color: #0b4f8a; }\n"
        + "a:focus { outline: 3px solid #0b4f8a; outline-offset: 2px; }\n"
        + "table { border-collapse: collapse; }\n"
        + "caption { text-align: left; font-weight: bold; padding: 0.5rem 0; }\n"
        + "th, td { border: 1px solid #767676; padding: 0.4rem 0.6rem; text-align: left; vertical-align: top; }\n"
        + "thead th { background: #f2f2f2; }\n"
        + "ul { margin: 0; padding-left: 1.2rem; }\n"
        + ".source { font-weight: normal; font-size: 0.9em; }\n"
        + "@media screen and (prefers-color-scheme: dark) {\n"
        + "  body { color: #e8e8e8; background: #121212; }\n"
        + "  a { color: #8cc4ff; }\n"
        + "  a:focus, .table-scroll:focus-visible { outline-color: #8cc4ff; }\n"
        + "  th, td { border-color: #8a8a8a; }\n"
        + "  thead th { background: #2a2a2a; }\n"
        + "}\n";
}
