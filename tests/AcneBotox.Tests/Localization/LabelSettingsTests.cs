using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Look;
using AcneBotox.Core.Settings;

namespace AcneBotox.Tests.Localization;

public sealed class LabelSettingsTests
{
    private const string Path = "content/handout.yml";

    private static (HandoutSettings Settings, DiagnosticBag Diagnostics) Parse(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        return (HandoutSettingsLoader.Parse(yaml, Path, diagnostics), diagnostics);
    }

    private static (HandoutLabels Labels, DiagnosticBag Diagnostics) Resolve(string language, string yaml)
    {
        var (settings, diagnostics) = Parse(yaml);
        return (LabelResolver.Resolve(language, settings, diagnostics, "article.md"), diagnostics);
    }

    [Fact]
    public void Keys_under_labels_override_the_settings_language_and_a_language_section_its_own()
    {
        var yaml = "language: en-GB\nlabels:\n  keyPoints: At a glance\n  es:\n    keyPoints: En resumen\n    pageOf: \"Hoja {0}/{1}\"\n";
        var (english, _) = Resolve("en-US", yaml);
        var (spanish, diagnostics) = Resolve("es-MX", yaml);

        Assert.Equal("At a glance", english.KeyPoints);
        Assert.Equal("En resumen", spanish.KeyPoints);
        Assert.Equal("Hoja {0}/{1}", spanish.PageOf);
        Assert.Equal("Advertencia", spanish.Warning);
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void A_language_without_a_table_falls_back_to_English_with_one_warning()
    {
        var (labels, diagnostics) = Resolve("de-DE", "");

        Assert.Equal(HandoutLabels.English.KeyPoints, labels.KeyPoints);
        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal(LabelResolver.MissingTableRule, warning.Rule);
        Assert.Contains("'de-DE'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_disclaimer_follows_the_document_language()
    {
        var (spanish, diagnostics) = Resolve("es", "");
        var (english, _) = Resolve("en", "");

        Assert.Equal(LabelTables.Spanish.Disclaimer, spanish.Disclaimer);
        Assert.Equal(HandoutSettings.DefaultDisclaimer, english.Disclaimer);
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void Settings_texts_in_another_language_are_not_printed_in_a_spanish_handout_without_saying_so()
    {
        var yaml = "language: en-US\ndisclaimer: Our own English disclaimer.\ncontact: Call 555-0134.\n";
        var (labels, diagnostics) = Resolve("es", yaml);

        Assert.Equal(LabelTables.Spanish.Disclaimer, labels.Disclaimer);
        Assert.Equal("Call 555-0134.", labels.Contact);
        Assert.Equal(2, diagnostics.Items.Count(d => d.Rule == LabelResolver.UntranslatedRule));

        var (translated, quiet) = Resolve("es", yaml + "labels:\n  es: {disclaimer: Nuestro aviso., contact: Llame al 555-0134.}\n");
        Assert.Equal("Nuestro aviso.", translated.Disclaimer);
        Assert.Equal("Llame al 555-0134.", translated.Contact);
        Assert.Empty(quiet.Items);
    }

    [Theory]
    [InlineData("labels:\n  pageOf: Page {0}\n", 2, "labels.pageOf")]
    [InlineData("labels:\n  es:\n    lastReviewed: Revisado\n", 3, "labels.es.lastReviewed")]
    [InlineData("labels:\n  note: \"Note {0}\"\n", 2, "labels.note")]
    [InlineData("labels:\n  version: \"Version {2}\"\n", 2, "labels.version")]
    [InlineData("labels:\n  es: Puntos clave\n", 2, "labels.es")]
    [InlineData("labels:\n  es:\n    datePattern: \"{d}/{yyyy}\"\n", 3, "labels.es.datePattern")]
    public void A_broken_label_is_an_error_naming_the_key_and_line(string yaml, int line, string key)
    {
        var error = Assert.Throws<Core.Diagnostics.UsageException>(() => Parse(yaml));
        Assert.Contains($"{Path}:{line}:", error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{key}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_label_is_a_warning_and_a_duplicate_an_error()
    {
        var (_, diagnostics) = Parse("labels:\n  keyPoint: Points\n  es: {tipp: Consejo}\n");
        Assert.Equal(2, diagnostics.Items.Count(d => d.Rule == "settings.unknown-key"));

        var error = Assert.Throws<Core.Diagnostics.UsageException>(() => Parse("labels:\n  note: A\n  note: B\n"));
        Assert.Contains("appears twice", error.Message, StringComparison.Ordinal);
    }
}
