using DocumentFormat.OpenXml.Wordprocessing;

namespace AcneBotox.Docx;

/// <summary><c>settings.xml</c>: Word 2013+ compatibility (so Word does not open it in compatibility mode), language and embedding flags.</summary>
internal static class DocxSettings
{
    /// <summary>The settings part root.</summary>
    public static Settings Build(string language, bool fontsEmbedded)
    {
        var settings = new Settings();
        if (fontsEmbedded)
        {
            settings.Append(new EmbedTrueTypeFonts());
            settings.Append(new SaveSubsetFonts { Val = false });
        }
        settings.Append(new DefaultTabStop { Val = 720 });
        settings.Append(new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress });
        settings.Append(new Compatibility(
            new CompatibilitySetting { Name = CompatSettingNameValues.CompatibilityMode, Uri = "http://schemas.microsoft.com/office/word", Val = "15" },
            new CompatibilitySetting { Name = CompatSettingNameValues.OverrideTableStyleFontSizeAndJustification, Uri = "http://schemas.microsoft.com/office/word", Val = "1" },
            new CompatibilitySetting { Name = CompatSettingNameValues.EnableOpenTypeFeatures, Uri = "http://schemas.microsoft.com/office/word", Val = "1" },
            new CompatibilitySetting { Name = CompatSettingNameValues.DoNotFlipMirrorIndents, Uri = "http://schemas.microsoft.com/office/word", Val = "1" }));
        settings.Append(new ThemeFontLanguages { Val = language });
        settings.Append(new DecimalSymbol { Val = "." });
        settings.Append(new ListSeparator { Val = "," });
        return settings;
    }
}
