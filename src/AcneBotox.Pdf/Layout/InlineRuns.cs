using AcneBotox.Core.Composition;
using AcneBotox.Core.Look;
using AcneBotox.Core.Model;

namespace AcneBotox.Pdf.Layout;

/// <summary>
/// Turns model inlines into styled runs: emphasis is italic (bold instead when longer than the type scale lets
/// italics run), strong is bold, links take the link colour and are followed by the address paper prints for them.
/// </summary>
internal static class InlineRuns
{
    /// <summary>The runs of <paramref name="inlines"/> in <paramref name="style"/>.</summary>
    public static List<StyledRun> From(IEnumerable<Inline> inlines, TextStyle style, uint linkColor, Func<string, string> clean,
        PaperLinks? paperLinks = null, TypeScale? type = null)
    {
        var runs = new List<StyledRun>();
        new Builder(runs, linkColor, clean, paperLinks ?? PaperLinks.None, type).Append(inlines, style, null);
        return runs;
    }

    private sealed class Builder(List<StyledRun> runs, uint linkColor, Func<string, string> clean, PaperLinks paperLinks, TypeScale? type)
    {
        public void Append(IEnumerable<Inline> inlines, TextStyle style, string? link)
        {
            foreach (var inline in inlines)
            {
                switch (inline)
                {
                    case Text text: runs.Add(new StyledRun(clean(text.Value), style, link)); break;
                    case Code code: runs.Add(new StyledRun(clean(code.Value), style, link)); break;
                    case LineBreak: runs.Add(new StyledRun("\n", style, link)); break;
                    case Emphasis emphasis:
                        // Large print: a long italic run is hard to read, so longer emphasis is bold.
                        var italic = type?.ItalicFor(ModelWalker.PlainText(emphasis.Inlines)) ?? true;
                        Append(emphasis.Inlines, italic ? style.WithItalic() : style.WithBold(), link);
                        break;
                    case Strong strong: Append(strong.Inlines, style.WithBold(), link); break;
                    case Link l:
                        Append(l.Inlines, style with { Color = linkColor }, l.Target);
                        if (link is null && paperLinks.For(l.Target) is { } printed)
                            runs.Add(new StyledRun(" " + clean(printed.Marker), style, null, PaperOnly: true));
                        break;
                    default: break;
                }
            }
        }
    }
}
