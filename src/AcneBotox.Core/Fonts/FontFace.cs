namespace AcneBotox.Core.Fonts;

/// <summary>The four faces of the handout font.</summary>
public enum FontFace
{
    /// <summary>Upright, normal weight.</summary>
    Regular,

    /// <summary>Upright, bold.</summary>
    Bold,

    /// <summary>Italic, normal weight.</summary>
    Italic,

    /// <summary>Italic, bold.</summary>
    BoldItalic,
}
