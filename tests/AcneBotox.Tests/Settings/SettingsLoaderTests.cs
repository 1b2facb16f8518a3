using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Settings;

namespace AcneBotox.Tests.Settings;

/// <summary>
/// handout.yml through the one settings loader: per-section key sets, typed values, the YAML limits of
/// front matter, and limits that a settings file may lower but never raise. Every error is one line with
/// file and line.
/// </summary>
public sealed class SettingsLoaderTests
{
    private const string Path = "content/handout.yml";

    public static TheoryData<string, int, string> Mistakes => new()
    {
        { "readability: {maxBlocks: 100}\n", 1, "'maxBlocks' belongs under 'limits', not under 'readability'" },
        { "organization: A\nreadability:\n  maxInputBytes: 2048\n", 3, "'maxInputBytes' belongs under 'limits'" },
        { "maxBlocks: 100\n", 1, "'maxBlocks' belongs under 'limits', not at the top level" },
        { "limits:\n  targetGrade: 6\n", 2, "'targetGrade' belongs under 'readability', not under 'limits'" },
        { "limits:\n  organization: A\n", 2, "'organization' is a top-level settings key, not part of 'limits'" },
        { "? [a, b]\n: 1\n", 1, "a settings key must be a plain word, not a list" },
        { "{a: 1}: 2\n", 1, "a settings key must be a plain word, not a mapping" },
        { "organization: [a, b]\n", 1, "'organization' must be a text, not a list" },
        { "fontSize: huge\n", 1, "'fontSize' must be a number from 12 to 32, not 'huge'" },
        { "fontSize: .nan\n", 1, "'fontSize' must be a number" },
        { "fontSize: NaN\n", 1, "'fontSize' must be a number" },
        { "paper: legal\n", 1, "'paper' must be a4 or letter, not 'legal'" },
        { "brandColor: red\n", 1, "'brandColor' must look like #1F5C99" },
        { "language: not a tag\n", 1, "'language' must be a BCP 47 tag" },
        { "limits:\n  maxBlocks: 100.5\n", 2, "'limits.maxBlocks' must be a whole number" },
        { "limits: 5\n", 1, "'limits' must hold 'key: value' lines, not text" },
        { "readability: [1]\n", 1, "'readability' must hold 'key: value' lines, not a list" },
        { "paper: a4\npaper: letter\n", 2, "'paper' appears twice (first on line 1)" },
        { "- a\n- b\n", 1, "settings must be 'key: value' lines, not a list" },
        { "organization: \"unclosed\n", 1, "malformed YAML" },
        { "a: &x [1]\nb: *y\n", 2, "alias *y refers to no anchor" },
        { "docx:\n  embedFonts: maybe\n", 2, "'docx.embedFonts' must be true or false, not 'maybe'" },
        { "embedFonts: true\n", 1, "'embedFonts' belongs under 'docx', not at the top level" },
        { "docx: yes\n", 1, "'docx' must hold 'key: value' lines, not text" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void A_settings_mistake_is_one_usage_error_line_with_file_and_line(string yaml, int line, string message)
    {
        var error = Assert.Throws<UsageException>(() => HandoutSettingsLoader.Parse(yaml, Path, new DiagnosticBag()));
        Assert.DoesNotContain('\n', error.Message);
        Assert.StartsWith($"{Path}:{line}: error: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_alias_bomb_is_refused_by_the_same_bound_as_front_matter()
    {
        var lines = new List<string> { "a: &a [x, x, x, x, x, x, x, x, x, x]" };
        for (var i = 1; i < 9; i++)
            lines.Add($"{(char)('a' + i)}: &{(char)('a' + i)} [{string.Join(", ", Enumerable.Repeat($"*{(char)('a' + i - 1)}", 10))}]");
        var error = Assert.Throws<UsageException>(() => HandoutSettingsLoader.Parse(string.Join('\n', lines), Path, new DiagnosticBag()));
        Assert.Contains("aliases expand to more than", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_nesting_is_refused()
    {
        var yaml = "organization: " + new string('[', 200) + new string(']', 200);
        var error = Assert.Throws<UsageException>(() => HandoutSettingsLoader.Parse(yaml, Path, new DiagnosticBag()));
        Assert.Contains("nests deeper than", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_key_is_a_warning_with_the_nearest_key()
    {
        var diagnostics = new DiagnosticBag();
        var settings = HandoutSettingsLoader.Parse("font_size: 14\nlimits:\n  max-blocks: 200\n", Path, diagnostics);
        Assert.Equal(13, settings.FontSize);
        Assert.Collection(diagnostics.Items,
            d => Assert.Equal((1, "did you mean 'fontSize'?"), (d.Line!.Value, d.Suggestion!)),
            d => Assert.Equal((3, "did you mean 'limits.maxBlocks'?"), (d.Line!.Value, d.Suggestion!)));
    }

    [Fact]
    public void Every_key_is_read_into_its_setting()
    {
        const string yaml = """
            organization: Skin Clinic
            contact: "Call 555-0100"
            disclaimer: Talk to your doctor.
            language: es-MX
            paper: Letter
            fontSize: 14.5
            brandColor: "#aa3300"
            readability:
              targetGrade: 6
            limits:
              maxInputBytes: 2048
              maxBlocks: 500
            docx:
              embedFonts: true
            """;
        var diagnostics = new DiagnosticBag();
        var settings = HandoutSettingsLoader.Parse(yaml, Path, diagnostics);
        Assert.Empty(diagnostics.Items);
        Assert.Equal(
            ("Skin Clinic", "Call 555-0100", "Talk to your doctor.", "es-MX", Paper.Letter, 14.5, "#AA3300", 6.0, 2048L, 500),
            (settings.Organization, settings.Contact, settings.Disclaimer, settings.Language, settings.Paper, settings.FontSize,
                settings.BrandColor, settings.TargetGrade, settings.MaxInputBytes, settings.MaxBlocks));
        Assert.True(settings.DocxEmbedFonts);
        Assert.False(new HandoutSettings().DocxEmbedFonts);
    }

    [Fact]
    public void A_settings_file_may_lower_limits_but_not_raise_them()
    {
        var caps = new SettingsCaps(MaxInputBytes: 5000, MaxBlocks: 300);
        var diagnostics = new DiagnosticBag();
        var settings = HandoutSettingsLoader.Parse("limits:\n  maxInputBytes: 1073741824\n  maxBlocks: 200\n", Path, diagnostics, caps);
        Assert.Equal(5000, settings.MaxInputBytes);
        Assert.Equal(200, settings.MaxBlocks);
        var warning = Assert.Single(diagnostics.Items);
        Assert.Equal(("settings.limit-ignored", 2), (warning.Rule, warning.Line!.Value));
        Assert.Contains("--max-input-bytes", warning.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_limits_in_the_file_the_caps_apply()
    {
        var settings = HandoutSettingsLoader.Parse("organization: A\n", Path, new DiagnosticBag(), new SettingsCaps(4096, 150));
        Assert.Equal((4096L, 150), (settings.MaxInputBytes, settings.MaxBlocks));
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("~\n")]
    [InlineData("contact:\nlimits:\n")]
    public void An_empty_file_or_empty_values_give_the_defaults(string yaml) =>
        Assert.Equal(new HandoutSettings(), HandoutSettingsLoader.Parse(yaml, Path, new DiagnosticBag()));
}
