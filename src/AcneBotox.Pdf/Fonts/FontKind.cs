namespace AcneBotox.Pdf.Fonts;

/// <summary>The four faces of the handout's one font family.</summary>
internal enum FontKind
{
    Regular,
    Bold,
    Italic,
    BoldItalic,
}
