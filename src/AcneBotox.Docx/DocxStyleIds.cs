namespace AcneBotox.Docx;

/// <summary>The style ids the writer uses; <c>styles.xml</c> defines each one.</summary>
internal static class DocxStyleIds
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string ListParagraph = "ListParagraph";
    public const string Quote = "Quote";
    public const string KeyPoints = "KeyPoints";
    public const string Callout = "Callout";
    public const string Caption = "Caption";
    public const string Closing = "Closing";
    public const string Header = "Header";
    public const string Footer = "Footer";
    public const string Hyperlink = "Hyperlink";
    public const string Code = "VerbatimChar";
    public const string Table = "HandoutTable";

    /// <summary>The deepest heading style defined; deeper model headings use it too.</summary>
    public const int DeepestHeading = 3;

    /// <summary>The style id for a model heading level.</summary>
    public static string Heading(int level) => "Heading" + Math.Clamp(level, 1, DeepestHeading).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
