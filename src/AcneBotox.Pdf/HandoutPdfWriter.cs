using System.Globalization;
using AcneBotox.Core.Composition;
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
    private const int MaxGlyphWarnings = 10;

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
        var (pages, clean) = Layout(handout, context, theme, measurer, glyphs.Chain);
        PageBudget.CheckPages(pages.Count, context.SourcePath);
        var pdf = new PdfDocument();
        var ua = UAManager.ForDocument(pdf);
        ua.SetDocumentLanguage(handout.Language);
        pdf.ViewerPreferences.DisplayDocTitle = true;
        pdf.PageMode = PdfPageMode.UseOutlines;
        // PDFsharp 6.2.4 ends compressed page content streams in a way qpdf --check warns about; page text is small.
        pdf.Options.CompressContentStreams = false;

        new HandoutRenderer(theme, glyphs, clean, handout.Pages, PdfDate(context.Timestamp)).Render(pdf, pages);
        var xmp = DocumentProperties.Apply(pdf, handout.Source, context.Settings, context.Timestamp, handout.Language);
        var bytes = DeterministicOutput.Save(pdf, xmp, handout.Metadata.Provenance.Sha256);
        output.Write(bytes);
        return new WriteResult(pages.Count);
    }

    private static (IReadOnlyList<PageLayout> Pages, Func<string, string> Clean) Layout(ComposedHandout handout, RenderContext context, HandoutTheme theme, ITextMeasurer measurer, FontChain chain)
    {
        // One warning per missing character, at most ten; a text in another script gets one summary line more.
        var reported = new HashSet<int>();
        var coverage = new GlyphCoverage(chain.Covers);
        var tried = string.Join(", ", chain.Tried);
        var notInstalled = chain.MissingFamilies.Count == 0 ? "" : $"; not installed: {string.Join(", ", chain.MissingFamilies)}";
        string Clean(string text) => coverage.Clean(text, codePoint =>
        {
            if (!reported.Add(codePoint) || reported.Count > MaxGlyphWarnings) return;
            context.Diagnostics.Warn("pdf.missing-glyph",
                $"no font has a glyph for {GlyphCoverage.Describe(codePoint)}; it is printed as '?' (fonts tried: {tried}{notInstalled})", context.SourcePath,
                suggestion: "install a font that has it (see README, 'Fonts') or name one under 'fonts:' in handout.yml");
        });
        var layouter = new BlockLayouter(theme, measurer,
            image => context.Resources.LoadImage(image.Source, context.SourcePath, image.SourceLine, context.Diagnostics),
            Clean, note => ParityNotes.Add(context.Diagnostics, "pdf", note, context.SourcePath));
        layouter.TitleBlock(handout.Title);
        layouter.Body(handout.Body);
        layouter.Body(handout.Sources);
        layouter.EndMatter(handout.EndMatter);
        if (reported.Count > MaxGlyphWarnings)
            context.Diagnostics.Warn("pdf.missing-glyph",
                $"{reported.Count - MaxGlyphWarnings} more characters have no glyph in any font and are printed as '?' (fonts tried: {tried}{notInstalled})", context.SourcePath,
                suggestion: "install a font for this script (see README, 'Fonts') or name one under 'fonts:' in handout.yml");
        return (Paginator.Paginate(layouter.Slices, theme.BodyHeight), Clean);
    }

    /// <summary>A PDF date string (<c>D:YYYYMMDDHHmmSSZ</c>).</summary>
    internal static string PdfDate(DateTimeOffset timestamp) =>
        "D:" + timestamp.ToUniversalTime().ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "Z";
}
