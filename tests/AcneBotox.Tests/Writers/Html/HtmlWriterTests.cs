using System.Text;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Fonts;
using AcneBotox.Core.Model;
using AcneBotox.Core.Readers.Markdown;
using AcneBotox.Core.Readers.PlainText;
using AcneBotox.Core.Resources;
using AcneBotox.Core.Settings;
using AcneBotox.Core.Composition;
using AcneBotox.Core.Look;
using AcneBotox.Core.Writers;
using AcneBotox.Core.Writers.Html;
using AcneBotox.Tests.Readers;
using AcneBotox.Tests.Support;
using AngleSharp.Dom;
using Document = AcneBotox.Core.Model.Document;
using Text = AcneBotox.Core.Model.Text;
using AngleSharp.Html.Parser;

namespace AcneBotox.Tests.Writers.Html;

public class HtmlWriterTests
{
    internal static (string Html, IReadOnlyList<Diagnostic> Diagnostics) Render(Document document, HandoutSettings? settings = null)
    {
        var diagnostics = new DiagnosticBag();
        using var stream = new MemoryStream();
        new HtmlWriter().Write(document, HtmlTestDocuments.Context(document, settings, diagnostics), stream);
        return (Encoding.UTF8.GetString(stream.ToArray()), diagnostics.Items);
    }

    internal static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    // The goldens hold the page, not 200 KB of font: each embedded face is checked against the bundled file below.
    private static string WithoutFontData(string html) =>
        System.Text.RegularExpressions.Regex.Replace(html, "url\\(data:font/ttf;base64,[A-Za-z0-9+/=]+\\)", "url(data:font/ttf;base64,...)");

    [Fact]
    public void The_handout_font_is_embedded_whole_with_the_italic_face_only_when_the_page_uses_italics()
    {
        static List<byte[]> Faces(string html) => [.. System.Text.RegularExpressions.Regex.Matches(html, "url\\(data:font/ttf;base64,([A-Za-z0-9+/=]+)\\)")
            .Select(m => Convert.FromBase64String(m.Groups[1].Value))];
        var (everyNode, _) = Render(HtmlTestDocuments.EveryNode());
        Assert.Equal([HandoutFonts.Bytes(FontFace.Regular), HandoutFonts.Bytes(FontFace.Bold), HandoutFonts.Bytes(FontFace.Italic)], Faces(everyNode));

        var plain = new Document(new Metadata { Title = "Plain", Provenance = new Provenance("plain.md", "0") }, [new Paragraph([new Text("No italics here.")])]);
        var (html, _) = Render(plain);
        Assert.Equal([HandoutFonts.Bytes(FontFace.Regular), HandoutFonts.Bytes(FontFace.Bold)], Faces(html));
        Assert.Contains("body { margin: 0; background: var(--page); color: var(--ink); font-family: \"Atkinson Hyperlegible\", \"Noto Sans\", \"Noto Sans Arabic\", \"Noto Sans Hebrew\", \"Noto Sans Devanagari\", \"Noto Sans Thai\", \"Noto Sans CJK SC\", \"Droid Sans Fallback\", \"Noto Sans Symbols\", \"Noto Sans Symbols 2\", \"Noto Sans Math\", \"Symbola\", \"DejaVu Sans\", \"Verdana\", \"Arial\", sans-serif; font-size: 1.081rem;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_streamed_page_is_the_rendered_text_in_UTF_8_byte_for_byte(bool everyNode)
    {
        // Write streams the style sheet's fonts as bytes encoded once; Render inserts them as text. Both must agree,
        // also around characters outside the BMP and a lone surrogate (written as U+FFFD).
        var document = everyNode
            ? HtmlTestDocuments.EveryNode()
            : new Document(new Metadata { Title = "Plain \U0001F600", Provenance = new Provenance("plain.md", "0") },
                [new Paragraph([new Text("Smile \U0001F600 and a lone \uD83D surrogate, " + new string('x', 20_000) + " \U0001F44D end.")])]);
        var context = HtmlTestDocuments.Context(document);
        var handout = HandoutComposer.Compose(document, context);
        using var stream = new MemoryStream();
        new HtmlWriter().Write(handout, context, stream);
        Assert.Equal(new UTF8Encoding(false).GetBytes(HtmlWriter.Render(handout, context)), stream.ToArray());
    }

    [Fact]
    public void Tables_scroll_in_their_own_labelled_focusable_region()
    {
        var (html, _) = Render(HtmlTestDocuments.EveryNode());
        var page = Parse(html);
        var regions = page.QuerySelectorAll("div.table-scroll");
        Assert.NotEmpty(regions);
        Assert.All(regions.Select((region, i) => (region, i)), r =>
        {
            Assert.Equal("region", r.region.GetAttribute("role"));
            Assert.Equal("0", r.region.GetAttribute("tabindex"));
            Assert.Equal($"Table {r.i + 1}", r.region.GetAttribute("aria-label"));
            Assert.Equal("TABLE", r.region.FirstElementChild!.TagName);
        });
    }

    [Fact]
    public void A_link_that_shows_its_own_address_is_not_followed_by_it_again_in_print()
    {
        var document = new Document(new Metadata { Title = "Links", Provenance = new Provenance("links.md", "0") },
        [
            new Paragraph([new Link("https://example.org/a", [new Text("https://example.org/a")]), new Text(" and "),
                new Link("mailto:clinic@example.org", [new Text("clinic@example.org")]), new Text(" and "),
                new Link("https://example.org/b", [new Text("our page")])]),
        ]);
        var (html, _) = Render(document);
        var links = Parse(html).QuerySelectorAll("main a").ToList();

        Assert.Equal(["address", "address", null], links.Select(a => a.GetAttribute("class")));
        Assert.Contains("a[href^=\"http\"]:not(.address)::after", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Large_print_sets_long_emphasis_upright_and_bold_and_short_emphasis_in_italics()
    {
        var document = new Document(new Metadata { Title = "Emphasis", Provenance = new Provenance("em.md", "0") },
        [
            new Paragraph([new Emphasis([new Text("only two")]), new Text(" then "),
                new Emphasis([new Text("this emphasis runs on for far more than five words")])]),
        ]);
        var (html, _) = Render(document, HtmlTestDocuments.Settings with { LargePrint = true });
        var em = Parse(html).QuerySelectorAll("main em").ToList();

        Assert.Equal([null, "upright"], em.Select(e => e.GetAttribute("class")));
        Assert.Contains("em.upright { font-style: normal; font-weight: bold; }", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_shaped_page_matches_golden()
    {
        var (html, diagnostics) = Render(HtmlTestDocuments.SeedShaped());
        Assert.Empty(diagnostics);
        Golden.AssertMatches("Writers/Html/Golden/seed-shaped.html", WithoutFontData(html));
    }

    [Fact]
    public void Every_node_page_matches_golden_with_its_warnings()
    {
        var (html, diagnostics) = Render(HtmlTestDocuments.EveryNode());
        Golden.AssertMatches("Writers/Html/Golden/every-node.html", WithoutFontData(html));
        Assert.Equal(
            ["tests/fixtures/every-node.md: warning: link target 'javascript:alert(1)' is not an http, https, mailto or tel address, an #anchor or a relative path; kept its text only (use an http, https, mailto or tel link)"],
            diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Same_document_gives_the_same_bytes_without_a_byte_order_mark()
    {
        var document = HtmlTestDocuments.EveryNode();
        using var first = new MemoryStream();
        using var second = new MemoryStream();
        new HtmlWriter().Write(document, HtmlTestDocuments.Context(document), first);
        new HtmlWriter().Write(document, HtmlTestDocuments.Context(document), second);
        Assert.Equal(first.ToArray(), second.ToArray());
        Assert.Equal("<!DOCTYPE html>\n"u8.ToArray(), first.ToArray()[..16]);
    }

    [Fact]
    public void Page_has_language_title_metadata_and_the_three_landmarks()
    {
        var page = Parse(Render(HtmlTestDocuments.EveryNode()).Html);

        Assert.Equal("en-GB", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Every node <type> & \"quotes\"", page.Title);
        Assert.Equal("utf-8", page.QuerySelector("meta[charset]")!.GetAttribute("charset"));
        Assert.Equal("width=device-width, initial-scale=1", page.QuerySelector("meta[name=viewport]")!.GetAttribute("content"));
        Assert.Equal("Shows every block and inline the model has.", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.StartsWith("AcneBotox ", page.QuerySelector("meta[name=generator]")!.GetAttribute("content"), StringComparison.Ordinal);
        Assert.Equal("Riverside Dermatology Clinic", page.QuerySelector("body > header")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("body > main"));
        var footer = page.QuerySelector("body > footer")!.TextContent;
        Assert.Contains("Last reviewed 15 March 2024", footer, StringComparison.Ordinal);
        Assert.Contains(HtmlTestDocuments.Settings.Disclaimer, footer, StringComparison.Ordinal);
        Assert.Contains("555-0134", footer, StringComparison.Ordinal);
    }

    [Fact]
    public void Main_has_one_h1_and_heading_levels_never_skip()
    {
        var page = Parse(Render(HtmlTestDocuments.EveryNode()).Html);
        var levels = page.QuerySelectorAll("h1, h2, h3, h4, h5, h6").Select(h => h.LocalName[1] - '0').ToList();

        Assert.Equal(1, levels.Count(l => l == 1));
        Assert.Equal(1, levels[0]);
        for (var i = 1; i < levels.Count; i++)
            Assert.True(levels[i] <= levels[i - 1] + 1, $"heading {i} jumps from h{levels[i - 1]} to h{levels[i]}");
        // The model's level-4 heading right after a level-1 section comes out one level deeper, not three.
        Assert.Equal("h3", page.GetElementById("deep")!.LocalName);
        Assert.Equal("h2", page.GetElementById("lists")!.LocalName);
    }

    [Fact]
    public void Key_points_are_a_labelled_box_and_other_callouts_are_notes()
    {
        var page = Parse(Render(HtmlTestDocuments.EveryNode()).Html);

        var keyPoints = Assert.Single(page.QuerySelectorAll("section.callout-key-points"));
        Assert.Equal("Key points", keyPoints.GetAttribute("aria-label"));
        Assert.Equal("Key points", keyPoints.QuerySelector("h2")!.TextContent);
        Assert.Equal(["Note", "Handy tip", "Warning"],
            page.QuerySelectorAll("div.callout[role=note] > .callout-title").Select(e => e.TextContent));
    }

    [Fact]
    public void Text_is_escaped_everywhere()
    {
        var hostile = "<script>alert('x')</script> & \"q\"";
        var document = HtmlTestDocuments.SeedShaped() with
        {
            Metadata = HtmlTestDocuments.SeedShaped().Metadata with { Title = hostile, Summary = hostile, Subtitle = hostile },
            Blocks = [new Heading(1, [new Text(hostile)], "x\"><script>"), new Paragraph([new Text(hostile), new Code(hostile)])],
        };
        var settings = HtmlTestDocuments.Settings with { Organization = hostile, Contact = hostile, Disclaimer = hostile };
        var (html, _) = Render(document, settings);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        var page = Parse(html);
        Assert.Equal(hostile, page.Title);
        Assert.Equal(hostile, page.QuerySelector("h1")!.TextContent);
        Assert.Equal(hostile, page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal(hostile + hostile, page.QuerySelector("main > p:not(.subtitle):not(.summary)")!.TextContent);
        Assert.Equal("x\"><script>", page.QuerySelector("h2")!.Id);
    }

    [Fact]
    public void Characters_html_forbids_are_replaced()
    {
        var document = HtmlTestDocuments.SeedShaped() with { Blocks = [new Paragraph([new Text("a\u0001b\uFFFEc\ud800d\r\ne")])] };
        var paragraph = Parse(Render(document).Html).QuerySelector("main > p")!.TextContent;
        Assert.Equal("a\uFFFDb\uFFFDc\uFFFDd \ne", paragraph);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData("java\nscript:alert(1)")]
    [InlineData("vbscript:msgbox")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("file:///etc/passwd")]
    [InlineData("tel:call-us")]
    [InlineData("")]
    [InlineData(":nothing")]
    [InlineData("https://")]
    public void Unsafe_link_keeps_its_text_loses_its_target_and_warns(string target)
    {
        var document = HtmlTestDocuments.SeedShaped() with { Blocks = [new Paragraph([new Link(target, [new Text("click")])])] };
        var (html, diagnostics) = Render(document);

        var paragraph = Parse(html).QuerySelector("main > p")!;
        Assert.Equal("click", paragraph.TextContent);
        Assert.Empty(paragraph.QuerySelectorAll("a"));
        Assert.Equal("handout.unsafe-link", Assert.Single(diagnostics).Rule);
    }

    [Theory]
    [InlineData("https://example.org/x?a=1&b=2")]
    [InlineData("http://example.org")]
    [InlineData("mailto:clinic@example.org")]
    [InlineData("tel:+15550134")]
    [InlineData("#section")]
    [InlineData("other-handout.html")]
    [InlineData("../folder/page.html#top")]
    public void Safe_link_is_kept(string target)
    {
        Assert.True(LinkPolicy.IsSafe(target));
        var document = HtmlTestDocuments.SeedShaped() with { Blocks = [new Paragraph([new Link(target, [])])] };
        var (html, diagnostics) = Render(document);

        var link = Assert.Single(Parse(html).QuerySelectorAll("main a"));
        Assert.Equal(target, link.GetAttribute("href"));
        Assert.Equal(target, link.TextContent); // an empty link is named by its address
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Images_are_embedded_as_data_uris_and_missing_ones_keep_their_alt_text()
    {
        var page = Parse(Render(HtmlTestDocuments.EveryNode()).Html);
        var images = page.QuerySelectorAll("img");
        Assert.Equal(2, images.Length);
        Assert.All(images, img => Assert.StartsWith("data:image/png;base64,", img.GetAttribute("src"), StringComparison.Ordinal));
        Assert.Equal(HtmlTestDocuments.TinyPng, Convert.FromBase64String(images[0].GetAttribute("src")!["data:image/png;base64,".Length..]));
        Assert.Equal("A small blue rectangle", images[0].GetAttribute("alt"));
        Assert.Equal("", images[1].GetAttribute("alt"));
        Assert.Equal("The caption.", page.QuerySelector("figcaption")!.TextContent);

        var refused = HtmlTestDocuments.SeedShaped() with { Blocks = [new Image("https://example.org/x.png", "A chart", [])] };
        var (html, diagnostics) = Render(refused);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Equal("[Image: A chart]", Parse(html).QuerySelector("main > p")!.TextContent);
        Assert.Equal("resource.refused", Assert.Single(diagnostics).Rule);
    }

    [Fact]
    public void Images_come_through_the_content_root_resolver_and_never_from_outside_it()
    {
        var root = Directory.CreateTempSubdirectory("acnebotox-html-test-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "images"));
            File.WriteAllBytes(Path.Combine(root, "images", "pixel.png"), HtmlTestDocuments.TinyPng);
            var source = Path.Combine(root, "article.md");
            var document = HtmlTestDocuments.SeedShaped() with
            {
                Blocks = [new Image("images/pixel.png", "Inside", []), new Image("../outside.png", "Outside", [])],
            };
            var diagnostics = new DiagnosticBag();
            var context = HtmlTestDocuments.Context(document, diagnostics: diagnostics) with
            {
                Resources = new ContentRootResources(root),
                SourcePath = source,
            };
            var page = Parse(HtmlWriter.Render(HandoutComposer.Compose(document, context), context));

            var image = Assert.Single(page.QuerySelectorAll("img"));
            Assert.Equal("Inside", image.GetAttribute("alt"));
            Assert.Equal(("4", "3"), (image.GetAttribute("width"), image.GetAttribute("height")));
            Assert.Equal("[Image: Outside]", page.QuerySelector("main > p")!.TextContent);
            Assert.Equal("resource.refused", Assert.Single(diagnostics.Items).Rule);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Table_rows_are_padded_to_the_header_width()
    {
        var table = Parse(Render(HtmlTestDocuments.EveryNode()).Html).QuerySelector("table")!;
        Assert.Equal(["Treatment", "How often"], table.QuerySelectorAll("thead th[scope=col]").Select(th => th.TextContent));
        Assert.All(table.QuerySelectorAll("tbody tr"), row => Assert.Equal(2, row.Children.Length));
    }

    [Fact]
    public void Lists_keep_their_start_number_and_nesting()
    {
        var page = Parse(Render(HtmlTestDocuments.EveryNode()).Html);
        var ordered = page.QuerySelector("main ol")!;
        Assert.Equal("3", ordered.GetAttribute("start"));
        Assert.Equal("nested", ordered.QuerySelector("li ul li")!.TextContent);
    }

    [Theory]
    [InlineData(Paper.A4, "size: A4;")]
    [InlineData(Paper.Letter, "size: letter;")]
    public void Page_size_follows_the_paper_setting(Paper paper, string rule)
    {
        var (html, _) = Render(HtmlTestDocuments.SeedShaped(), HtmlTestDocuments.Settings with { Paper = paper });
        Assert.Contains("@page { " + rule + " margin: 1in; }", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(13, false, "font-size: 1.081rem;", "font-size: 13pt;")]
    [InlineData(12, false, "font-size: 1rem;", "font-size: 12pt;")]
    [InlineData(13, true, "font-size: 1.5rem;", "font-size: 18pt;")]
    public void Body_text_is_at_least_16px_on_screen_in_rem_and_larger_in_large_print(double points, bool largePrint, string screen, string print)
    {
        var settings = HtmlTestDocuments.Settings with { FontSize = points, LargePrint = largePrint };
        var (html, _) = Render(HtmlTestDocuments.SeedShaped(), settings);
        Assert.Contains("body { margin: 0; background: var(--page); color: var(--ink);", html, StringComparison.Ordinal);
        Assert.Contains(":root { color-scheme: light dark; --page: #FFFFFF; --ink: #1A1A1A;", html, StringComparison.Ordinal);
        Assert.Contains(screen + " line-height: " + (largePrint ? "1.5" : "1.4"), html, StringComparison.Ordinal);
        Assert.Contains("body { " + print, html, StringComparison.Ordinal);
        Assert.DoesNotContain("justify", html, StringComparison.Ordinal);
        Assert.Contains("max-width: 65ch", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Light_brand_colour_is_darkened_for_text_with_a_warning()
    {
        var settings = HtmlTestDocuments.Settings with { BrandColor = "#FFD700" };
        var (html, diagnostics) = Render(HtmlTestDocuments.SeedShaped(), settings);

        var warning = Assert.Single(diagnostics);
        Assert.Equal(HandoutPalette.BrandContrastRule, warning.Rule);
        var palette = HandoutPalette.From(settings, new DiagnosticBag(), "x");
        Assert.Equal("#FFD700", palette.Decoration);
        Assert.All(palette.Backgrounds, background => Assert.True(ColorContrast.Ratio(palette.Heading, background) >= 4.5));
        Assert.Contains("--heading: " + palette.Heading + ";", html, StringComparison.Ordinal);
        Assert.Contains("--link: " + palette.Link + ";", html, StringComparison.Ordinal);
        Assert.Contains("--heading: " + palette.Dark().Heading + ";", html, StringComparison.Ordinal);
        Assert.Contains("h1, h2, h3, h4, h5, h6 { color: var(--heading);", html, StringComparison.Ordinal);
        Assert.Contains("--decoration: #FFD700;", html, StringComparison.Ordinal);
        // On white the brand colour is decoration only; on the dark page it is light enough for text.
        var light = html.Split('\n').Single(line => line.StartsWith(":root { color-scheme: light dark;", StringComparison.Ordinal));
        Assert.DoesNotContain("--heading: #FFD700", light, StringComparison.Ordinal);
        Assert.DoesNotContain("--link: #FFD700", light, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_brand_colour_is_used_as_is()
    {
        var diagnostics = new DiagnosticBag();
        var palette = HandoutPalette.From(HtmlTestDocuments.Settings, diagnostics, "x");
        Assert.Equal("#1F5C99", palette.Heading);
        Assert.Empty(diagnostics.Items);
    }

    [Theory]
    [InlineData("#000000", "#FFFFFF", 21.0)]
    [InlineData("#767676", "#FFFFFF", 4.54)]
    [InlineData("#777777", "#FFFFFF", 4.48)]
    [InlineData("#1F5C99", "#FFFFFF", 6.89)]
    public void Contrast_ratio_matches_wcag(string a, string b, double expected)
    {
        Assert.Equal(expected, ColorContrast.Ratio(ColorContrast.Parse(a)!.Value, ColorContrast.Parse(b)!.Value), 2);
    }

    [Fact]
    public void Description_falls_back_to_the_first_paragraph_cut_at_a_word()
    {
        var (html, _) = Render(HtmlTestDocuments.SeedShaped() with
        {
            Blocks = [new Paragraph([new Text(string.Concat(Enumerable.Repeat("Words   in\na row. ", 20)))])],
        });
        var description = Parse(html).QuerySelector("meta[name=description]")!.GetAttribute("content")!;
        Assert.True(description.Length <= MetaDescription.MaxLength);
        Assert.StartsWith("Words in a row. Words in", description, StringComparison.Ordinal);
        Assert.EndsWith("\u2026", description, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_language_tag_falls_back_to_the_settings_with_a_warning()
    {
        var document = HtmlTestDocuments.SeedShaped();
        var (html, diagnostics) = Render(document with { Metadata = document.Metadata with { Language = "english please" } });
        Assert.Equal("en-US", Parse(html).DocumentElement.GetAttribute("lang"));
        Assert.Equal("handout.language", Assert.Single(diagnostics).Rule);
    }

    [Fact]
    public void Empty_heading_is_left_out_with_a_warning_and_duplicate_ids_are_made_unique()
    {
        var document = HtmlTestDocuments.SeedShaped() with
        {
            Blocks = [new Heading(1, [new Text(" ")], "a") { SourceLine = 7 }, new Heading(1, [new Text("One")], "a"), new Heading(1, [new Text("Two")], "a")],
        };
        var (html, diagnostics) = Render(document);
        Assert.Equal(["a", "a-2"], Parse(html).QuerySelectorAll("h2").Select(h => h.Id));
        Assert.Equal("content/can-botox-help-acne.txt:7: warning: a heading without text was left out (give the heading text or remove it)",
            Assert.Single(diagnostics).ToString());
    }

    [Fact]
    public void Seed_article_end_to_end_has_its_title_as_h1_and_seven_sections_as_h2_in_order()
    {
        var (document, _) = ReaderHarness.ReadRepoFile(new PlainTextReader(), "content/can-botox-help-acne.txt");
        var page = Parse(Render(document).Html);

        Assert.Equal("Can Botox Help Acne In 2023?", Assert.Single(page.QuerySelectorAll("h1")).TextContent);
        Assert.Equal(HtmlTestDocuments.SeedSections, page.QuerySelectorAll("main h2").Select(h => h.TextContent));
        Assert.Empty(page.QuerySelectorAll("h3, h4, h5, h6"));
        Assert.DoesNotContain("lphotographyndesigns", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_every_node_fixture_end_to_end_renders_every_kind_of_block()
    {
        var (document, _) = ReaderHarness.ReadRepoFile(new MarkdownReader(), "tests/AcneBotox.Tests/Readers/Fixtures/every-node.md");
        var (html, _) = Render(document);
        var page = Parse(html);

        Assert.Equal("Botox for Acne", Assert.Single(page.QuerySelectorAll("h1")).TextContent);
        Assert.Equal("en-GB", page.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(page.QuerySelector("section.callout-key-points[aria-label='Key points']"));
        Assert.Equal(3, page.QuerySelectorAll("div.callout[role=note]").Length);
        foreach (var selector in new[] { "main em", "main strong", "main code", "main a[href^='https:']", "main a[href^='mailto:']",
                     "main br", "main ol", "main ul ul", "main blockquote", "main table th", "main hr", "main h3" })
            Assert.NotNull(page.QuerySelector(selector));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }
}
