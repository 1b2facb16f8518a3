using AcneBotox.Core.Settings;

namespace AcneBotox.Core.Look;

/// <summary>
/// Every text size of the handout in points, for normal and large print, shared by all formats. Large print
/// sets nothing below the body size (18 pt or more), as large-print guidance asks.
/// </summary>
public sealed record TypeScale
{
    /// <summary>Running text.</summary>
    public required double Body { get; init; }

    /// <summary>Line height as a factor of the font size, for running text.</summary>
    public required double LineHeight { get; init; }

    /// <summary>Line height of headings and the title (tighter, they are large and short).</summary>
    public double HeadingLineHeight { get; init; } = 1.2;

    /// <summary>Whether this is the large-print scale.</summary>
    public required bool LargePrint { get; init; }

    /// <summary>The document title.</summary>
    public double Title => Body * 2;

    /// <summary>The subtitle under the title.</summary>
    public double Subtitle => Body * 1.15;

    /// <summary>A section heading of the given level (1 = top-level section, under the title).</summary>
    public double Heading(int level) => level switch
    {
        <= 1 => Body * 1.35,
        2 => Body * 1.15,
        _ => Body,
    };

    /// <summary>Callout titles ("Key points", "Warning").</summary>
    public double CalloutTitle => Body * 1.15;

    /// <summary>The organization in the header band.</summary>
    public double Organization => LargePrint ? Body : Math.Max(11, Body * 0.85);

    /// <summary>Page footer ("Page X of Y", "Last reviewed").</summary>
    public double PageFooter => LargePrint ? Body : Math.Max(10, Body * 0.75);

    /// <summary>End matter: review dates, reviewer, authors, version, disclaimer, contact.</summary>
    public double EndMatter => LargePrint ? Body : Math.Max(12, Body * 0.85);

    /// <summary>Figure captions.</summary>
    public double Caption => LargePrint ? Body : Math.Max(12, Body * 0.9);

    /// <summary>Table text.</summary>
    public double Table => Body;

    /// <summary>Space between blocks.</summary>
    public double ParagraphGap => Body * 0.6;

    /// <summary>The least space between blocks: what a handout fitted to <c>maxPages</c> uses.</summary>
    public double TightParagraphGap => Body * 0.35;

    /// <summary>Space above a section heading (instead of <see cref="ParagraphGap"/>).</summary>
    public double HeadingGapBefore => Body * 0.9;

    /// <summary>Space under a heading or the key-points title, before the block gap that follows it.</summary>
    public double HeadingGapAfter => Body * 0.35;

    /// <summary>Space between the items of a list.</summary>
    public double ListItemGap => Body * 0.25;

    /// <summary>Space between a picture and its caption, and under a callout title.</summary>
    public double CaptionGap => Body * 0.3;

    /// <summary>Space inside a callout box, between its border and its text.</summary>
    public double BoxPadding => Body * 0.8;

    /// <summary>Space inside a table cell, between its border and its text.</summary>
    public double TablePadding => Body * 0.4;

    /// <summary>How many words an italic run may have in large print; longer emphasis is set in bold instead.</summary>
    public const int MaxItalicWords = 5;

    /// <summary>
    /// Whether emphasis over <paramref name="text"/> may be set in italics: always in normal print; in large print
    /// only for a few words (italics are harder to read in running text), longer emphasis is bold.
    /// </summary>
    public bool ItalicFor(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return !LargePrint || text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length <= MaxItalicWords;
    }

    /// <summary>The baseline-to-baseline distance of running text set at <paramref name="size"/> points.</summary>
    public double Leading(double size) => size * LineHeight;

    /// <summary>The baseline-to-baseline distance of a heading or title set at <paramref name="size"/> points.</summary>
    public double HeadingLeading(double size) => size * HeadingLineHeight;

    /// <summary>Whether captions may be set in italics: not in large print, where italics are harder to read.</summary>
    public bool ItalicCaptions => !LargePrint;

    /// <summary>The scale for the settings (body size and large print).</summary>
    public static TypeScale From(HandoutSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new TypeScale { Body = settings.BodyFontSize, LineHeight = settings.LineHeight, LargePrint = settings.LargePrint };
    }
}
