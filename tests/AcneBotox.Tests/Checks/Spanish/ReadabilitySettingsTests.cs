using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Settings;

namespace AcneBotox.Tests.Checks.Spanish;

public sealed class ReadabilitySettingsTests
{
    private static (HandoutSettings Settings, List<Diagnostic> Warnings) Parse(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var settings = HandoutSettingsLoader.Parse(yaml, "handout.yml", diagnostics);
        return (settings, [.. diagnostics.Items]);
    }

    [Fact]
    public void Targets_are_read_per_language()
    {
        var (settings, warnings) = Parse("readability:\n  targetGrade: 7\n  es:\n    minimumInflesz: 65\n");
        Assert.Equal(7, settings.TargetGrade);
        Assert.Equal(65, settings.MinimumInflesz);
        Assert.Empty(warnings);
        Assert.Equal(6, Parse("readability:\n  en: {targetGrade: 6}\n").Settings.TargetGrade);
        Assert.Equal(55, new HandoutSettings().MinimumInflesz);
    }

    [Fact]
    public void A_language_without_a_formula_or_a_target_of_the_wrong_kind_is_a_warning_naming_the_line()
    {
        var (_, warnings) = Parse("readability:\n  ru:\n    targetGrade: 6\n");
        var warning = Assert.Single(warnings);
        Assert.Equal("settings.readability-language", warning.Rule);
        Assert.Equal(2, warning.Line);
        Assert.Contains("'ru'", warning.Message, StringComparison.Ordinal);

        var wrongKind = Assert.Single(Parse("readability:\n  es: {targetGrade: 8}\n").Warnings);
        Assert.Contains("readability.es.targetGrade", wrongKind.Message, StringComparison.Ordinal);
        Assert.Contains("minimumInflesz", wrongKind.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_out_of_range_is_an_error_with_the_line()
    {
        var error = Assert.Throws<UsageException>(() => Parse("readability:\n  es:\n    minimumInflesz: 140\n"));
        Assert.Contains("handout.yml:3", error.Message, StringComparison.Ordinal);
        Assert.Contains("readability.es.minimumInflesz", error.Message, StringComparison.Ordinal);
    }
}
