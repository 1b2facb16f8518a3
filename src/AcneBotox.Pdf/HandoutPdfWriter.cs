using AcneBotox.Core.Bidi;
using System.Globalization;
using AcneBotox.Core.Composition;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Writers;
using AcneBotox.Pdf.Fonts;
using AcneBotox.Pdf.Glyphs;
using AcneBotox.Pdf.Layout;
using AcneBotox.Pdf.Rendering;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace AcneBotox.Pdf;

/// <summary>
/// Writes the patient handout as a tagged PDF/UA-1 file: lays out the whole document first (so
/// "Page X of Y" is exact), then draws it with PDFsharp. Same document and settings give the same bytes.
/// </summary>
public sealed class HandoutPdfWriter : IDocumentWriter
{
    /// <inheritdoc />
    public string Format => "pdf";

    /// <inheritdoc />
    public string Extension => "pdf";

    /// <inheritdoc />
    public WriteResult Write(ComposedHandout handout, RenderContext context, Stream output)
    {
        ArgumentNullException.ThrowIfNull(handout);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        AtkinsonFontResolver.EnsureInstalled();
        var theme = HandoutTheme.From(handout.Look);
        var glyphs = new GlyphLayout(SystemFonts.Chain(handout.Look.Fonts, Directory.GetCurrentDirectory()));
        var measurer = new PdfTextMeasurer(glyphs);

        PageBudget.CheckBeforeLayout(handout.Source, context.SourcePath);
        var glyphWarnings = new MissingGlyphWarnings(glyphs.Chain, context.SourcePath);
        var (pages, reported) = FitPages(handout, context, theme, measurer, glyphWarnings);
        PageBudget.CheckPages(pages.Count, context.SourcePath);
        // Disposed, not left to its finalizer: a finalizable PdfDocument found dead is kept for the finalizer thread,
        // and with it every object of the document, which is then promoted to an older generation and collected
        // later and at greater cost (at 1,000 articles, most of the gen1 collections were these documents).
        using var pdf = new PdfDocument();
        var ua = UAManager.ForDocument(pdf);
        ua.SetDocumentLanguage(handout.Language);
        pdf.ViewerPreferences.DisplayDocTitle = true;
        pdf.PageMode = PdfPageMode.UseOutlines;
        // PDFsharp 6.2.4 ends compressed page content streams in a way qpdf --check warns about; page text is small.
        pdf.Options.CompressContentStreams = false;

        new HandoutRenderer(theme, glyphs, glyphWarnings.Cleaner(context.Diagnostics, reported), handout.Pages, PdfDate(context.Timestamp)).Render(pdf, pages);
        var xmp = DocumentProperties.Apply(pdf, handout.Source, context.Settings, context.Timestamp, handout.Language);
        DeterministicOutput.Save(pdf, xmp, handout.Metadata.Provenance.Sha256, output);
        return new WriteResult(pages.Count);
    }

    // Lays out the handout; over maxPages, lays it out again fitted tighter (less space between blocks, figures
    // shrunk whenever that saves a break) and warns with the page count when even that does not fit. Returns the
    // characters the chosen layout already warned about, so drawing does not warn about them again.
    private static (IReadOnlyList<PageLayout> Pages, HashSet<int> Reported) FitPages(ComposedHandout handout, RenderContext context, HandoutTheme theme,
        ITextMeasurer measurer, MissingGlyphWarnings glyphWarnings)
    {
        var diagnostics = new DiagnosticBag();
        var (pages, reported) = Layout(handout, context, theme, measurer, glyphWarnings, diagnostics, Paginator.MaxBlankShare);
        // A page left too blank (the end matter did not fit under the body's last block), or one whose gaps had to be
        // stretched to reach its foot: closer spacing may fit it, or save a page. It is kept when it is no worse on both.
        if (Paginator.TooBlankPages(pages, theme.BodyHeight) > 0 || pages.Any(page => page.Justified))
        {
            var closer = new DiagnosticBag();
            var (tighter, closerReported) = Layout(handout, context, theme with { Tight = true }, measurer, glyphWarnings, closer, Paginator.MaxBlankShare);
            var (tooBlank, closerTooBlank) = (Paginator.TooBlankPages(pages, theme.BodyHeight), Paginator.TooBlankPages(tighter, theme.BodyHeight));
            if (closerTooBlank <= tooBlank && tighter.Count <= pages.Count && (closerTooBlank < tooBlank || tighter.Count < pages.Count))
            {
                (pages, reported, diagnostics) = (tighter, closerReported, closer);
                theme = theme with { Tight = true };
            }
        }
        if (handout.MaxPages is { } maxPages && pages.Count > maxPages)
        {
            var normal = pages.Count;
            var tight = new DiagnosticBag();
            var (tighter, tightReported) = Layout(handout, context, theme with { Tight = true }, measurer, glyphWarnings, tight, maxBlankShare: 0);
            if (tighter.Count < pages.Count) (pages, reported, diagnostics) = (tighter, tightReported, tight);
            if (pages.Count > maxPages)
                context.Diagnostics.Warn("pdf.max-pages", string.Create(CultureInfo.InvariantCulture,
                    $"the PDF takes {pages.Count} pages, more than maxPages {maxPages} ({normal} at normal spacing; closer spacing and smaller figures were not enough)"),
                    context.SourcePath, suggestion: "shorten the article, use smaller pictures, or raise maxPages");
        }
        foreach (var diagnostic in diagnostics.Items) context.Diagnostics.Add(diagnostic);
        return (pages, reported);
    }

    private static (IReadOnlyList<PageLayout> Pages, HashSet<int> Reported) Layout(ComposedHandout handout, RenderContext context, HandoutTheme theme,
        ITextMeasurer measurer, MissingGlyphWarnings glyphWarnings, DiagnosticBag diagnostics, double maxBlankShare)
    {
        var reported = new HashSet<int>();
        var clean = glyphWarnings.Cleaner(diagnostics, reported);
        var layouter = new BlockLayouter(theme, measurer,
            image => context.Resources.LoadImage(image.Source, context.SourcePath, image.SourceLine, diagnostics),
            clean, note => ParityNotes.Add(diagnostics, "pdf", note, context.SourcePath), handout.PaperLinks, TextDirection.ForDocument(handout.Language));
        layouter.TitleBlock(handout.Title);
        layouter.Body(handout.Body);
        layouter.Body(handout.Sources);
        layouter.LinkNotes(handout.PaperLinks);
        layouter.EndMatter(handout.EndMatter, handout.OnlineUrl);
        glyphWarnings.Summarize(diagnostics, reported);
        return (Paginator.Paginate(layouter.Slices, theme.BodyHeight, maxBlankShare), reported);
    }

    /// <summary>A PDF date string (<c>D:YYYYMMDDHHmmSSZ</c>).</summary>
    internal static string PdfDate(DateTimeOffset timestamp) =>
        "D:" + timestamp.ToUniversalTime().ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "Z";
}
