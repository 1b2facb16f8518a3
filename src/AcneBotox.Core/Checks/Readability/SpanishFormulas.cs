namespace AcneBotox.Core.Checks.Readability;

/// <summary>
/// The Spanish readability formulas on counts. Sources: legible.es (Alejandro Muñoz Fernández), which gives
/// Fernández-Huerta with the correction of Gwillim Law, "Error in the Fernandez Huerta Readability Formula" (2011);
/// Szigriszt-Pazos, "Sistemas predictivos de legibilidad del mensaje escrito: fórmula de perspicuidad" (1993).
/// </summary>
public static class SpanishFormulas
{
    /// <summary>
    /// 206.84 - 0.60 P - 1.02 F with P syllables per 100 words and F words per sentence. Fernández Huerta (1959)
    /// printed F as sentences per 100 words, which would score longer sentences as easier; Law showed the
    /// coefficients only fit Flesch's words per sentence, and legible.es and textstat use that form, as we do.
    /// </summary>
    public static double FernandezHuerta(int words, int sentences, int syllables) =>
        206.84 - 0.60 * (100.0 * syllables / words) - 1.02 * ((double)words / sentences);

    /// <summary>206.835 - 62.3 syllables/words - words/sentences.</summary>
    public static double SzigrisztPazos(int words, int sentences, int syllables) =>
        206.835 - 62.3 * ((double)syllables / words) - (double)words / sentences;
}
