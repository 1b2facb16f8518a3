using AcneBotox.Core.Diagnostics;
using AcneBotox.Pdf.Glyphs;

namespace AcneBotox.Pdf.Fonts;

/// <summary>
/// Replaces characters no font of the chain has with "?" and warns about each one (at most ten, then one summary),
/// naming the fonts tried and the default fonts that are not installed, so the author knows what to install.
/// </summary>
internal sealed class MissingGlyphWarnings(FontChain chain, string? sourcePath)
{
    private const int MaxWarnings = 10;
    private readonly GlyphCoverage _coverage = new(chain.Covers);
    // Made when the first warning needs it: naming the fonts tried means looking up the fallbacks (scanning the
    // font folders), which a handout Atkinson covers whole never needs.
    private readonly Lazy<string> _tried = new(() => string.Join(", ", chain.Tried) +
        (chain.MissingFamilies.Count == 0 ? "" : $"; not installed: {string.Join(", ", chain.MissingFamilies)}"));

    /// <summary>A text cleaner that warns into <paramref name="diagnostics"/> about characters not yet in <paramref name="reported"/>.</summary>
    public Func<string, string> Cleaner(DiagnosticBag diagnostics, HashSet<int> reported) => text => _coverage.Clean(text, codePoint =>
    {
        if (!reported.Add(codePoint) || reported.Count > MaxWarnings) return;
        diagnostics.Warn("pdf.missing-glyph",
            $"no font has a glyph for {GlyphCoverage.Describe(codePoint)}; it is printed as '?' (fonts tried: {_tried.Value})", sourcePath,
            suggestion: "install a font that has it (see README, 'Fonts') or name one under 'fonts:' in handout.yml");
    });

    /// <summary>One more warning counting the characters past the first ten, if there were more.</summary>
    public void Summarize(DiagnosticBag diagnostics, HashSet<int> reported)
    {
        if (reported.Count <= MaxWarnings) return;
        diagnostics.Warn("pdf.missing-glyph",
            $"{reported.Count - MaxWarnings} more characters have no glyph in any font and are printed as '?' (fonts tried: {_tried.Value})", sourcePath,
            suggestion: "install a font for this script (see README, 'Fonts') or name one under 'fonts:' in handout.yml");
    }
}
