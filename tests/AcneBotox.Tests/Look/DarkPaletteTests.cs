using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Look;
using AcneBotox.Core.Settings;

namespace AcneBotox.Tests.Look;

public sealed class DarkPaletteTests
{
    [Theory]
    [InlineData("#1F5C99")]
    [InlineData("#FFD700")]
    [InlineData("#000080")]
    [InlineData("#7FDBFF")]
    [InlineData("#2E7D32")]
    [InlineData("#000000")]
    public void Every_dark_text_colour_reaches_4_5_to_1_on_every_dark_background_and_borders_3_to_1(string brand)
    {
        var light = HandoutPalette.From(new HandoutSettings { BrandColor = brand }, new DiagnosticBag(), "handout.yml");
        var dark = light.Dark();

        Assert.True(ColorContrast.Luminance(ColorContrast.Parse(dark.Page)!.Value) < 0.05);
        foreach (var text in new[] { dark.Ink, dark.Muted, dark.Heading, dark.Link, dark.WarningTitle })
            foreach (var background in dark.Backgrounds)
                Assert.True(ColorContrast.Ratio(text, background) >= HandoutPalette.MinimumContrast,
                    $"{text} on {background}: {ColorContrast.Ratio(text, background):0.00}:1 (brand {brand})");
        foreach (var border in new[] { dark.Decoration, dark.Rule, dark.WarningBorder })
            Assert.True(ColorContrast.Ratio(border, dark.Page) >= HandoutPalette.MinimumNonTextContrast);
    }
}
