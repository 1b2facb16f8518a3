using AcneBotox.Core.Model;

namespace AcneBotox.Pdf.Layout;

/// <summary>Turns model inlines into styled runs: emphasis is italic, strong is bold, links take the brand colour.</summary>
internal static class InlineRuns
{
    /// <summary>The runs of <paramref name="inlines"/> in <paramref name="style"/>.</summary>
    public static List<StyledRun> From(IEnumerable<Inline> inlines, TextStyle style, uint linkColor, Func<string, string> clean)
    {
        var runs = new List<StyledRun>();
        Append(runs, inlines, style, null, linkColor, clean);
        return runs;
    }

    private static void Append(List<StyledRun> runs, IEnumerable<Inline> inlines, TextStyle style, string? link, uint linkColor, Func<string, string> clean)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case Text text: runs.Add(new StyledRun(clean(text.Value), style, link)); break;
                case Code code: runs.Add(new StyledRun(clean(code.Value), style, link)); break;
                case LineBreak: runs.Add(new StyledRun("\n", style, link)); break;
                case Emphasis emphasis: Append(runs, emphasis.Inlines, style.WithItalic(), link, linkColor, clean); break;
                case Strong strong: Append(runs, strong.Inlines, style.WithBold(), link, linkColor, clean); break;
                case Link l: Append(runs, l.Inlines, style with { Color = linkColor }, l.Target, linkColor, clean); break;
                default: break;
            }
        }
    }
}
