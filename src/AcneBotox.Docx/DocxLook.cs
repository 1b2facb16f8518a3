using AcneBotox.Core.Look;
using AcneBotox.Core.Settings;

namespace AcneBotox.Docx;

/// <summary>The handout look (decided in Core) as WordprocessingML values: colours as RRGGBB, sizes in points.</summary>
/// <param name="Look">The shared look: palette, type scale, labels, paper.</param>
/// <param name="Language">The document's language tag (style defaults).</param>
internal sealed record DocxLook(HandoutLook Look, string Language)
{
    /// <summary>The body font; Arial stands in where it is not installed (declared in the font table).</summary>
    public const string BodyFont = HandoutLook.BodyFont;

    /// <summary>The fallback font named in the font table.</summary>
    public const string FallbackFont = "Arial";

    /// <summary>The font for code and literal terms.</summary>
    public const string CodeFont = "Courier New";

    /// <summary>The type scale.</summary>
    public TypeScale Type => Look.Type;

    /// <summary>The paper size.</summary>
    public Paper Paper => Look.Paper;

    /// <summary>Body size in points.</summary>
    public double BodySize => Type.Body;

    /// <summary>Running text.</summary>
    public string Ink => Hex(Look.Palette.Ink);

    /// <summary>Secondary text.</summary>
    public string Muted => Hex(Look.Palette.Muted);

    /// <summary>Title, headings, organization, callout titles.</summary>
    public string HeadingColor => Hex(Look.Palette.Heading);

    /// <summary>Links.</summary>
    public string LinkColor => Hex(Look.Palette.Link);

    /// <summary>Box borders and rules: the brand colour as configured.</summary>
    public string DecorationColor => Hex(Look.Palette.Decoration);

    /// <summary>Behind key points, notes and tips.</summary>
    public string BoxFill => Hex(Look.Palette.BoxFill);

    /// <summary>Warning border.</summary>
    public string WarningBorder => Hex(Look.Palette.WarningBorder);

    /// <summary>Behind warnings.</summary>
    public string WarningFill => Hex(Look.Palette.WarningFill);

    /// <summary>Warning titles.</summary>
    public string WarningTitle => Hex(Look.Palette.WarningTitle);

    /// <summary>Behind table header cells.</summary>
    public string TableHeaderFill => Hex(Look.Palette.TableHeaderFill);

    /// <summary>Table borders.</summary>
    public string Rule => Hex(Look.Palette.Rule);

    /// <summary>A length from the type scale, in points, as twips for <c>w:spacing</c>.</summary>
    public static string Spacing(double points) => DocxUnits.Twips(points);

    private static string Hex(string color) => color.TrimStart('#');
}
