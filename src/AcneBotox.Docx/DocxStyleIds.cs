namespace AcneBotox.Docx;

/// <summary>The style ids the writer uses; <c>styles.xml</c> defines each one.</summary>
internal static class DocxStyleIds
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string Summary = "Summary";
    public const string ListParagraph = "ListParagraph";
    public const string Quote = "Quote";
    public const string KeyPoints = "KeyPoints";
    public const string KeyPointsTitle = "KeyPointsTitle";
    public const string Callout = "Callout";
    public const string CalloutTitle = "CalloutTitle";
    public const string Warning = "Warning";
    public const string WarningTitle = "WarningTitle";
    public const string Caption = "Caption";
    public const string Closing = "Closing";
    public const string Header = "Header";
    public const string Footer = "Footer";
    public const string Hyperlink = "Hyperlink";
    public const string Code = "VerbatimChar";
    public const string Table = "HandoutTable";

    /// <summary>The deepest heading style defined: the composition's deepest section level.</summary>
    public const int DeepestHeading = Core.Composition.HeadingPolicy.DeepestLevel;

    /// <summary>The style id for a section level.</summary>
    public static string Heading(int level) => "Heading" + Math.Clamp(level, 1, DeepestHeading).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
