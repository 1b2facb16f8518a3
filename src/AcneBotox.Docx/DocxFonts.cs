using DocumentFormat.OpenXml.Wordprocessing;

namespace AcneBotox.Docx;

/// <summary>The font table: Atkinson Hyperlegible with Arial declared as its stand-in, plus the fallback and code fonts.</summary>
internal static class DocxFonts
{
    /// <summary>The <c>fontTable.xml</c> root; <paramref name="embed"/> adds the embedded font references to the body font.</summary>
    public static Fonts Build(IEnumerable<FontRelationshipType> embed)
    {
        var body = new Font(
            new AltName { Val = DocxLook.FallbackFont },
            new Panose1Number { Val = "00000000000000000000" },
            new FontCharSet { Val = "00" },
            new FontFamily { Val = FontFamilyValues.Swiss },
            new Pitch { Val = FontPitchValues.Variable })
        { Name = DocxLook.BodyFont };
        foreach (var font in embed) body.Append(font);
        return new Fonts(
            body,
            new Font(
                new Panose1Number { Val = "020B0604020202020204" },
                new FontCharSet { Val = "00" },
                new FontFamily { Val = FontFamilyValues.Swiss },
                new Pitch { Val = FontPitchValues.Variable })
            { Name = DocxLook.FallbackFont },
            new Font(
                new Panose1Number { Val = "02070309020205020404" },
                new FontCharSet { Val = "00" },
                new FontFamily { Val = FontFamilyValues.Modern },
                new Pitch { Val = FontPitchValues.Fixed })
            { Name = DocxLook.CodeFont });
    }
}
