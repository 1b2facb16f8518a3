using AcneBotox.Pdf.Fonts;
using AcneBotox.Pdf.Glyphs;

namespace AcneBotox.Tests.Glyphs;

public sealed class FontChainTests : IDisposable
{
    private const string DejaVu = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    private readonly string _folder = Directory.CreateTempSubdirectory("acnebotox-fonts-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private FontChain DejaVuChain()
    {
        TestSkip.When(!File.Exists(DejaVu), $"{DejaVu} is not installed (apt-get install fonts-dejavu-core)");
        File.Copy(DejaVu, Path.Combine(_folder, "DejaVuSans.ttf"));
        return FontChain.Create(["DejaVu Sans"], FontFileIndex.Scan([_folder]));
    }

    [Fact]
    public void Text_that_Atkinson_covers_opens_no_fallback_face()
    {
        var chain = DejaVuChain();

        var runs = chain.Itemize("Botox may help acne, say 3 of 5 studies.", FontKind.Regular);

        Assert.All(runs, run => Assert.Same(chain.Primary(FontKind.Regular), run.Face));
        Assert.Equal(0, chain.OpenedFallbacks);
        Assert.Equal(["Atkinson Hyperlegible", "DejaVu Sans"], chain.Tried);
    }

    [Fact]
    public void The_fallback_fonts_are_looked_up_once_and_only_for_a_character_Atkinson_lacks()
    {
        var lookups = 0;
        var chain = FontChain.Create(() =>
        {
            lookups++;
            return (["DejaVu Sans"], new FontFileIndex([]));
        });

        chain.Itemize("Botox may help acne, say 3 of 5 studies.", FontKind.Regular);
        chain.Itemize("Botox may help acne.", FontKind.BoldItalic);
        Assert.True(chain.Covers('a'));
        Assert.Equal(0, lookups);
        Assert.False(chain.FallbacksResolved);

        chain.Itemize("dose α", FontKind.Regular);
        chain.Itemize("dose β", FontKind.Bold);
        Assert.False(chain.Covers('α'));
        Assert.Equal(1, lookups);
        Assert.Equal(["DejaVu Sans"], chain.MissingFamilies);
    }

    [Fact]
    public void A_character_Atkinson_lacks_opens_the_fallback_that_has_it()
    {
        var chain = DejaVuChain();

        var runs = chain.Itemize("dose α", FontKind.Regular);

        Assert.Equal(2, runs.Count);
        Assert.Same(chain.Primary(FontKind.Regular), runs[0].Face);
        Assert.Equal(Path.Combine(_folder, "DejaVuSans.ttf"), runs[1].Face.Source);
        Assert.Equal(1, chain.OpenedFallbacks);
    }
}
