namespace AcneBotox.Tests.Checks.Spanish;

/// <summary>
/// Published Spanish passages for the readability formulas, each with its words, sentences and syllables counted
/// by hand (word by word, syllables divided by the RAE's rules) when the test was written. No source found in the
/// material available to us publishes a Fernández-Huerta or INFLESZ value for a given passage, so the reference
/// values are the published formulas applied to these hand counts: Fernández-Huerta as legible.es gives it with
/// Law's (2011) correction, 206.84 - 0.60 P - 1.02 F (P syllables per 100 words, F words per sentence), and
/// Szigriszt-Pazos (1993), 206.835 - 62.3 S/W - W/F, read on the INFLESZ scale (Barrio-Cantalejo 2008).
/// </summary>
internal static class SpanishPassages
{
    /// <summary>A passage with its hand counts.</summary>
    public sealed record Passage(string Name, string Text, int Words, int Sentences, int Syllables)
    {
        // Worked out by hand from the counts, written here so the test does not reuse the code under test.
        public required double FernandezHuerta { get; init; }

        public required double SzigrisztPazos { get; init; }
    }

    /// <summary>
    /// Miguel de Cervantes, "Don Quijote de la Mancha" (1605), part 1, chapter 1, the first two sentences.
    /// Hand counts: 33 words and 60 syllables; 33 words and 66 syllables.
    /// </summary>
    public static readonly Passage Quijote = new("Don Quijote I.1",
        "En un lugar de la Mancha, de cuyo nombre no quiero acordarme, no ha mucho tiempo que vivía un hidalgo de los de "
        + "lanza en astillero, adarga antigua, rocín flaco y galgo corredor. Una olla de algo más vaca que carnero, salpicón "
        + "las más noches, duelos y quebrantos los sábados, lantejas los viernes, algún palomino de añadidura los domingos, "
        + "consumían las tres partes de su hacienda.",
        Words: 66, Sentences: 2, Syllables: 126)
    {
        // 206.84 - 0.60 x 190.91 - 1.02 x 33.0; 206.835 - 62.3 x 1.9091 - 33.0
        FernandezHuerta = 58.64, SzigrisztPazos = 54.90,
    };

    /// <summary>
    /// Gabriel García Márquez, "Cien años de soledad" (1967), the first two sentences.
    /// Hand counts: 28 words and 59 syllables; 37 words and 76 syllables.
    /// </summary>
    public static readonly Passage CienAnos = new("Cien años de soledad",
        "Muchos años después, frente al pelotón de fusilamiento, el coronel Aureliano Buendía había de recordar aquella "
        + "tarde remota en que su padre lo llevó a conocer el hielo. Macondo era entonces una aldea de veinte casas de barro y "
        + "cañabrava construidas a la orilla de un río de aguas diáfanas que se precipitaban por un lecho de piedras pulidas, "
        + "blancas y enormes como huevos prehistóricos.",
        Words: 65, Sentences: 2, Syllables: 135)
    {
        // 206.84 - 0.60 x 207.69 - 1.02 x 32.5; 206.835 - 62.3 x 2.0769 - 32.5
        FernandezHuerta = 49.08, SzigrisztPazos = 44.94,
    };

    /// <summary>
    /// The Spanish Constitution of 1978, article 1 (its three paragraphs, without their numbers).
    /// Hand counts: 30 words and 71 syllables (or-de-na-mien-to is five); 15 and 32; 10 and 25.
    /// </summary>
    public static readonly Passage Constitucion = new("Constitución española, artículo 1",
        "España se constituye en un Estado social y democrático de Derecho, que propugna como valores superiores de su "
        + "ordenamiento jurídico la libertad, la justicia, la igualdad y el pluralismo político. La soberanía nacional reside "
        + "en el pueblo español, del que emanan los poderes del Estado. La forma política del Estado español es la Monarquía "
        + "parlamentaria.",
        Words: 55, Sentences: 3, Syllables: 128)
    {
        // 206.84 - 0.60 x 232.73 - 1.02 x 18.33; 206.835 - 62.3 x 2.3273 - 18.33
        FernandezHuerta = 48.50, SzigrisztPazos = 43.51,
    };

    /// <summary>
    /// The opening of "Cien años de soledad" as textstat's test suite holds it (textstat/textstat,
    /// tests/backend/resources.py, LONG_SPANISH_TEXT), which textstat scores Fernández-Huerta 65.967 and
    /// Szigriszt-Pazos 62.162 (tests/backend/metrics/test_fernandez_huerta.py, test_szigriszt_pazos.py).
    /// </summary>
    public const string TextstatLongSpanishText =
        "Muchos años después, frente al pelotón de fusilamiento, el coronel Aureliano Buendía había de recordar aquella "
        + "tarde remota en que su padre lo llevó a conocer el hielo. Macondo era entonces una aldea de veinte casas de barro y "
        + "cañabrava construidas a la orilla de un río de aguas diáfanas que se precipitaban por un lecho de piedras pulidas, "
        + "blancas y enormes como huevos prehistóricos. El mundo era tan reciente, que muchas cosas carecían de nombre, y para "
        + "mencionarlas había que señalarlas con el dedo. Todos los años, por el mes de marzo, una familia de gitanos "
        + "desarrapados plantaba su carpa cerca de la aldea, y con un grande alboroto de pitos y timbales daban a conocer los "
        + "nuevos inventos. Primero llevaron el imán. Un gitano corpulento, de barba montaraz y manos de gorrión, que se "
        + "presentó con el nombre de Melquíades, hizo una truculenta demostración pública de lo que él mismo llamaba la octava "
        + "maravilla de los sabios alquimistas de Macedonia.";
}
