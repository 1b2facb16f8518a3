using AcneBotox.Core.Checks.Language;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Model;
using AcneBotox.Core.Readers;
using AcneBotox.Core.Readers.PlainText;
using AcneBotox.Core.Settings;
using AcneBotox.Tests.Support;
using static AcneBotox.Tests.Checks.CheckDocuments;

namespace AcneBotox.Tests.Localization;

public sealed class LanguageCheckTests
{
    private static readonly string SpanishArticle = File.ReadAllText(Path.Combine(TestPaths.Content, "cuidados-despues-del-botox.md"));

    // The seed, read as the export reads it: English, from a scraped web page.
    private static Document Seed() =>
        new PlainTextReader().Read(new SourceFile(TestPaths.Seed, File.ReadAllBytes(TestPaths.Seed)), new DiagnosticBag());

    // The Spanish article's paragraphs (front matter and markup left out), as a model document.
    private static Document Spanish(string? language)
    {
        var body = SpanishArticle[(SpanishArticle.IndexOf("## ", StringComparison.Ordinal))..];
        var paragraphs = body.Split("\n\n").Where(p => !p.StartsWith('#')).Select(p => (Block)Para(p.Replace('\n', ' ')));
        return Doc(Meta("Cuidados") with { Language = language }, [.. paragraphs]);
    }

    private static List<Diagnostic> Run(Document document, string settingsLanguage = "en-US") =>
        [.. new LanguageCheck().Run(document, new HandoutSettings { Language = settingsLanguage })];

    [Fact]
    public void A_spanish_article_declared_english_gets_the_warning()
    {
        var warning = Assert.Single(Run(Spanish("en")));
        Assert.Equal(LanguageCheck.Rule, warning.Rule);
        Assert.Contains("reads as 'es'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("'en'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_english_article_declared_spanish_gets_the_warning()
    {
        var seed = Seed();
        var warning = Assert.Single(Run(seed with { Metadata = seed.Metadata with { Language = "es" } }));
        Assert.Contains("reads as 'en'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undeclared_article_is_judged_against_the_settings_language()
    {
        Assert.Contains("settings' language is 'en-US'", Assert.Single(Run(Spanish(null))).Message, StringComparison.Ordinal);
        Assert.Empty(Run(Spanish(null), settingsLanguage: "es-ES"));
    }

    [Fact]
    public void Articles_in_their_declared_language_are_left_alone()
    {
        Assert.Empty(Run(Spanish("es-MX")));
        Assert.Empty(Run(Seed()));
    }

    [Theory]
    [InlineData("Botox y acné: la piel, el sol.")]
    [InlineData("Die Haut braucht nach der Behandlung Ruhe und Schutz vor der Sonne. Waschen Sie das Gesicht nur mit Wasser. "
        + "Kühlen Sie die Stelle mit einem Tuch. Rufen Sie uns an, wenn Sie Fieber bekommen oder die Schwellung nach drei Tagen noch da ist.")]
    public void Thin_or_unknown_evidence_says_nothing(string text) =>
        Assert.Null(LanguageCheck.Detect([text]));
}
