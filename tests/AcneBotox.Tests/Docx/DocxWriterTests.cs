using System.Globalization;
using System.Xml.Linq;
using AcneBotox.Core.Fonts;
using M = AcneBotox.Core.Model;
using AcneBotox.Core.Settings;
using AcneBotox.Docx;
using AcneBotox.Tests.Pdf;
using static AcneBotox.Tests.Docx.DocxPackageReader;

namespace AcneBotox.Tests.Docx;

public sealed class DocxWriterTests
{
    [Fact]
    public void Seed_article_read_by_the_real_reader_validates_against_Office_2019_with_no_errors()
    {
        var (docx, _) = DocxTestDocuments.Render(SeedPdf.Read(), SeedPdf.Settings);
        Assert.Empty(ValidationErrors(docx));
    }

    [Fact]
    public void Every_node_fixture_validates_in_every_variant()
    {
        var document = DocxTestDocuments.EveryNode();
        foreach (var settings in new[]
        {
            DocxTestDocuments.ClinicSettings,
            DocxTestDocuments.ClinicSettings with { LargePrint = true },
            DocxTestDocuments.ClinicSettings with { Paper = Paper.Letter },
        })
        {
            Assert.Empty(ValidationErrors(DocxTestDocuments.Render(document, settings).Bytes));
        }
        Assert.Empty(ValidationErrors(DocxTestDocuments.Render(document, writer: new DocxWriter { EmbedFonts = false }).Bytes));
    }

    [Fact]
    public void Seed_has_a_Title_paragraph_and_seven_Heading1_paragraphs()
    {
        var (docx, _) = DocxTestDocuments.Render(SeedPdf.Read(), SeedPdf.Settings);
        var styles = ParagraphStyles(docx);
        Assert.Equal("Title", styles[0]);
        Assert.Equal(7, styles.Count(s => s == "Heading1"));
        var title = Part(docx, "word/document.xml").Descendants(W + "p").First();
        Assert.Equal("Can Botox Help Acne In 2023?", Text(title));
    }

    [Fact]
    public void Footer_has_PAGE_and_NUMPAGES_fields_and_the_review_date()
    {
        var (docx, _) = DocxTestDocuments.Render(DocxTestDocuments.EveryNode());
        var footer = Part(docx, "word/footer1.xml");
        var instructions = footer.Descendants(W + "fldSimple").Select(f => f.Attribute(W + "instr")!.Value.Trim()).ToList();
        Assert.Contains(instructions, i => i.StartsWith("PAGE ", StringComparison.Ordinal));
        Assert.Contains(instructions, i => i.StartsWith("NUMPAGES ", StringComparison.Ordinal));
        Assert.Contains("Last reviewed 12 March 2024", Text(footer.Descendants(W + "p").Single()), StringComparison.Ordinal);
        Assert.Equal("Riverside Dermatology Clinic", Text(Part(docx, "word/header1.xml").Descendants(W + "p").Single()));
    }

    [Fact]
    public void Disclaimer_and_contact_end_the_document()
    {
        var (docx, _) = DocxTestDocuments.Render(DocxTestDocuments.EveryNode());
        var paragraphs = Part(docx, "word/document.xml").Descendants(W + "body").Elements(W + "p").Select(Text).ToList();
        Assert.Equal(new HandoutSettings().Disclaimer, paragraphs[^2]);
        Assert.Equal("Questions? Call the clinic on 555-0134.", paragraphs[^1]);
    }

    [Fact]
    public void Core_and_custom_properties_carry_title_subject_creator_keywords_dates_language_and_source_hash()
    {
        var document = DocxTestDocuments.EveryNode();
        var (docx, _) = DocxTestDocuments.Render(document);
        var core = Part(docx, "docProps/core.xml").Root!;
        string Value(string local) => core.Elements().Single(e => e.Name.LocalName == local).Value;
        Assert.Equal("Every node: a test handout", Value("title"));
        Assert.Equal("A document with every block and inline kind.", Value("subject"));
        Assert.Equal("Riverside Dermatology Clinic", Value("creator"));
        Assert.Equal("acne, botox, test", Value("keywords"));
        Assert.Equal("2024-03-12T00:00:00Z", Value("created"));
        Assert.Equal("2024-03-12T00:00:00Z", Value("modified"));
        Assert.Equal("en-GB", Value("language"));
        var custom = Part(docx, "docProps/custom.xml").Root!.Elements().Single();
        Assert.Equal(DocxProperties.SourceShaProperty, custom.Attribute("name")!.Value);
        Assert.Equal(document.Metadata.Provenance.Sha256, custom.Value);
    }

    [Fact]
    public void Language_is_in_the_style_defaults_and_on_furniture_runs_whose_language_differs()
    {
        var (docx, _) = DocxTestDocuments.Render(DocxTestDocuments.EveryNode());
        var defaults = Part(docx, "word/styles.xml").Descendants(W + "rPrDefault").Descendants(W + "lang").Single();
        Assert.Equal("en-GB", defaults.Attribute(W + "val")!.Value);
        // The organization and disclaimer come from handout.yml, which is en-US.
        var headerLang = Part(docx, "word/header1.xml").Descendants(W + "lang").Single();
        Assert.Equal("en-US", headerLang.Attribute(W + "val")!.Value);
        var seed = DocxTestDocuments.Render(SeedPdf.Read(), SeedPdf.Settings).Bytes;
        Assert.Empty(Part(seed, "word/document.xml").Descendants(W + "lang"));
    }

    [Fact]
    public void Compatibility_mode_is_Word_2013_or_later()
    {
        var (docx, _) = DocxTestDocuments.Render(DocxTestDocuments.EveryNode());
        var mode = Part(docx, "word/settings.xml").Descendants(W + "compatSetting")
            .Single(c => c.Attribute(W + "name")!.Value == "compatibilityMode");
        Assert.Equal("15", mode.Attribute(W + "val")!.Value);
    }

    [Fact]
    public void Normal_style_is_Atkinson_13pt_with_lines_at_least_1_4_times_the_size_and_Arial_declared_as_the_fallback()
    {
        var (docx, _) = DocxTestDocuments.Render(DocxTestDocuments.EveryNode());
        var styles = Part(docx, "word/styles.xml");
        var defaults = styles.Descendants(W + "docDefaults").Single();
        Assert.Equal("Atkinson Hyperlegible", defaults.Descendants(W + "rFonts").Single().Attribute(W + "ascii")!.Value);
        Assert.Equal("26", defaults.Descendants(W + "sz").Single().Attribute(W + "val")!.Value);
        // 13 pt x 1.4 = 18.2 pt = 364 twips, "at least" (Word's "auto" would multiply the font's own 1.24 em line).
        Assert.Equal("364", defaults.Descendants(W + "spacing").Single().Attribute(W + "line")!.Value);
        Assert.Equal("atLeast", defaults.Descendants(W + "spacing").Single().Attribute(W + "lineRule")!.Value);
        var font = Part(docx, "word/fontTable.xml").Descendants(W + "font").Single(f => f.Attribute(W + "name")!.Value == "Atkinson Hyperlegible");
        Assert.Equal("Arial", font.Element(W + "altName")!.Attribute(W + "val")!.Value);
        foreach (var id in new[] { "Title", "Subtitle", "Heading1", "Heading2", "Heading3", "Normal", "ListParagraph", "Quote", "KeyPoints", "Caption", "Hyperlink" })
            Assert.Contains(styles.Descendants(W + "style"), s => s.Attribute(W + "styleId")!.Value == id);
        var heading = styles.Descendants(W + "style").Single(s => s.Attribute(W + "styleId")!.Value == "Heading1");
        Assert.Equal("1F5C99", heading.Descendants(W + "color").Single().Attribute(W + "val")!.Value);
        var keyPoints = styles.Descendants(W + "style").Single(s => s.Attribute(W + "styleId")!.Value == "KeyPoints");
        Assert.NotNull(keyPoints.Descendants(W + "pBdr").SingleOrDefault());
        Assert.NotNull(keyPoints.Descendants(W + "shd").SingleOrDefault());
    }

    [Fact]
    public void Large_print_is_18pt_with_line_1_5_and_letter_paper_is_8_5_by_11_inches()
    {
        var large = DocxTestDocuments.Render(DocxTestDocuments.EveryNode(), DocxTestDocuments.ClinicSettings with { LargePrint = true }).Bytes;
        var defaults = Part(large, "word/styles.xml").Descendants(W + "docDefaults").Single();
        Assert.Equal("36", defaults.Descendants(W + "sz").Single().Attribute(W + "val")!.Value);
        Assert.Equal("540", defaults.Descendants(W + "spacing").Single().Attribute(W + "line")!.Value);

        var letter = DocxTestDocuments.Render(DocxTestDocuments.EveryNode(), DocxTestDocuments.ClinicSettings with { Paper = Paper.Letter }).Bytes;
        var size = Part(letter, "word/document.xml").Descendants(W + "pgSz").Single();
        Assert.Equal(("12240", "15840"), (size.Attribute(W + "w")!.Value, size.Attribute(W + "h")!.Value));
        var a4 = Part(DocxTestDocuments.Render(DocxTestDocuments.EveryNode()).Bytes, "word/document.xml").Descendants(W + "pgSz").Single();
        Assert.Equal(("11906", "16838"), (a4.Attribute(W + "w")!.Value, a4.Attribute(W + "h")!.Value));
        var margin = Part(letter, "word/document.xml").Descendants(W + "pgMar").Single();
        Assert.All(new[] { "top", "bottom", "left", "right" }, side => Assert.Equal("1440", margin.Attribute(W + side)!.Value));
    }

    [Fact]
    public void Lists_use_real_numbering_one_instance_per_list_with_nested_lists_as_its_levels_and_restarts()
    {
        var (docx, _) = DocxTestDocuments.Render(DocxTestDocuments.EveryNode());
        var numbering = Part(docx, "word/numbering.xml");
        var document = Part(docx, "word/document.xml");
        string Attr(XElement e, string name) => e.Attribute(W + name)!.Value;
        (string NumId, int Level) NumberOf(string text)
        {
            var numPr = document.Descendants(W + "p").Single(p => Text(p) == text).Descendants(W + "numPr").Single();
            return (Attr(numPr.Element(W + "numId")!, "val"), int.Parse(Attr(numPr.Element(W + "ilvl")!, "val"), CultureInfo.InvariantCulture));
        }

        // The numbered list, its nested bullets and the numbers nested in those are one instance, three levels.
        var steps = NumberOf("Wash gently.");
        Assert.Equal((steps.NumId, 1), NumberOf("It can scar."));
        Assert.Equal((steps.NumId, 2), NumberOf("Deep item."));
        Assert.Equal((steps.NumId, 0), NumberOf("Use non-comedogenic products."));
        var instance = numbering.Descendants(W + "num").Single(n => Attr(n, "numId") == steps.NumId);
        var abstractId = Attr(instance.Element(W + "abstractNumId")!, "val");
        var levels = numbering.Descendants(W + "abstractNum").Single(a => Attr(a, "abstractNumId") == abstractId).Elements(W + "lvl")
            .Select(l => Attr(l.Element(W + "numFmt")!, "val")).Take(3).ToList();
        Assert.Equal(["decimal", "bullet", "lowerRoman"], levels);

        // Each list restarts at its own first number; the second numbered list is another instance.
        Assert.Equal("3", Attr(instance.Descendants(W + "startOverride").Single(), "val"));
        var second = NumberOf("A second list restarts at one.");
        Assert.NotEqual(steps.NumId, second.NumId);
        Assert.Equal("1", Attr(numbering.Descendants(W + "num").Single(n => Attr(n, "numId") == second.NumId).Descendants(W + "startOverride").Single(), "val"));
        Assert.NotEqual(steps.NumId, NumberOf("Botox may reduce oil.").NumId);
    }

    [Fact]
    public void Table_columns_are_sized_by_their_content_not_equal_thirds()
    {
        static M.TableRow Row(params string[] cells) => new([.. cells.Select(c => new M.TableCell([new M.Text(c)]))]);
        var document = new M.Document(new M.Metadata { Title = "Peel", Provenance = new M.Provenance("peel.md", "0") },
        [
            new M.Table(Row("Day", "What you may notice", "What to do"),
            [
                Row("Day 5", "Flaking around the mouth and nose", "Do not pick; trim loose skin with clean scissors"),
                Row("Day 7", "New pink skin", "Keep using sunscreen"),
            ]),
            new M.Paragraph([new M.Text("After the table.")]),
        ]);

        var (docx, _) = DocxTestDocuments.Render(document);

        var table = Part(docx, "word/document.xml").Descendants(W + "tbl").Single();
        var grid = table.Descendants(W + "gridCol").Select(c => int.Parse(c.Attribute(W + "w")!.Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(11906 - 2 * 1440, grid.Sum());
        Assert.Equal("fixed", table.Descendants(W + "tblLayout").Single().Attribute(W + "type")!.Value);
        // "Day 5" fits on one line: its width in the body font plus the cell margins.
        var dayFive = HandoutFonts.MetricsOf(FontFace.Regular).Width("Day 5", 13) * 20 + 2 * 104;
        Assert.True(grid[0] >= dayFive, $"first column {grid[0]} twips, \"Day 5\" needs {dayFive:0}");
        Assert.True(grid[0] < grid.Sum() / 4);
        Assert.True(grid[2] > grid[1]);
        var cellWidths = table.Elements(W + "tr").First().Descendants(W + "tcW").Select(w => int.Parse(w.Attribute(W + "w")!.Value, CultureInfo.InvariantCulture));
        Assert.Equal(grid, cellWidths);
    }

    [Fact]
    public void No_empty_paragraph_makes_space_the_next_paragraph_after_a_table_carries_the_block_gap()
    {
        var (docx, _) = DocxTestDocuments.Render(DocxTestDocuments.EveryNode());
        var body = Part(docx, "word/document.xml").Descendants(W + "body").Single();

        var empty = body.Elements(W + "p").Where(p => !p.Descendants(W + "r").Any() && !p.Descendants(W + "numPr").Any()
            && !p.Descendants(W + "pBdr").Any()).ToList();
        Assert.Empty(empty);
        var afterTable = body.Elements(W + "tbl").Single().ElementsAfterSelf(W + "p").First();
        Assert.Equal("156", afterTable.Descendants(W + "spacing").Single().Attribute(W + "before")!.Value);
    }

    [Fact]
    public void Links_are_relationships_images_have_alt_text_and_caption_and_tables_repeat_their_header()
    {
        var (docx, diagnostics) = DocxTestDocuments.Render(DocxTestDocuments.EveryNode());
        var document = Part(docx, "word/document.xml");
        var rels = Part(docx, "word/_rels/document.xml.rels").Root!.Elements().ToList();
        var external = rels.Where(r => r.Attribute("TargetMode")?.Value == "External").Select(r => r.Attribute("Target")!.Value).ToList();
        Assert.Contains("https://example.org/acne", external);
        Assert.Contains("mailto:clinic@example.org", external);
        Assert.Contains("https://example.org/study", external);
        var anchor = document.Descendants(W + "hyperlink").Single(h => h.Attribute(W + "anchor") is not null);
        Assert.Contains(document.Descendants(W + "bookmarkStart"), b => b.Attribute(W + "name")!.Value == anchor.Attribute(W + "anchor")!.Value);

        XNamespace wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
        var docPr = document.Descendants(wp + "docPr").Single();
        Assert.Equal("A small blue rectangle", docPr.Attribute("descr")!.Value);
        var caption = document.Descendants(W + "p").Single(p => p.Descendants(W + "pStyle").Any(s => s.Attribute(W + "val")!.Value == "Caption"));
        Assert.Equal("Figure 1. A tiny picture.", Text(caption));
        Assert.Contains(Entries(docx), e => e.FullName.EndsWith("media/image.png", StringComparison.Ordinal));
        Assert.Contains(document.Descendants(W + "p"), p => Text(p) == "[Image: A picture that is not there]");
        Assert.Contains(diagnostics.Items, d => d.Rule == "image.missing");

        var table = document.Descendants(W + "tbl").Single();
        Assert.Equal("HandoutTable", table.Element(W + "tblPr")!.Element(W + "tblStyle")!.Attribute(W + "val")!.Value);
        Assert.NotNull(table.Elements(W + "tr").First().Element(W + "trPr")?.Element(W + "tblHeader"));
        Assert.Null(table.Elements(W + "tr").Last().Element(W + "trPr"));
    }

    [Fact]
    public void Body_font_is_embedded_obfuscated_and_the_key_undoes_it()
    {
        var (docx, _) = DocxTestDocuments.Render(DocxTestDocuments.EveryNode(), DocxTestDocuments.ClinicSettings with { DocxEmbedFonts = true });
        var regular = Part(docx, "word/fontTable.xml").Descendants(W + "embedRegular").Single();
        var key = regular.Attribute(W + "fontKey")!.Value;
        var entry = Entries(docx).Single(e => e.FullName == "word/fonts/font.odttf");
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var restored = ObfuscatedFont.Apply(copy.ToArray(), key);
        // A TrueType font starts with version 0x00010000 and a sane table count.
        Assert.Equal(new byte[] { 0, 1, 0, 0 }, restored[..4]);
        Assert.NotEqual(restored[..32], copy.ToArray()[..32]);
        var settings = Part(docx, "word/settings.xml");
        Assert.Single(settings.Descendants(W + "embedTrueTypeFonts"));
    }

    [Fact]
    public void Fonts_are_not_embedded_by_default_and_arial_is_declared_as_the_stand_in()
    {
        var (docx, _) = DocxTestDocuments.Render(DocxTestDocuments.EveryNode());
        Assert.DoesNotContain(Entries(docx), e => e.FullName.EndsWith(".odttf", StringComparison.Ordinal));
        var font = Part(docx, "word/fontTable.xml").Descendants(W + "font").Single(f => f.Attribute(W + "name")!.Value == "Atkinson Hyperlegible");
        Assert.DoesNotContain(font.Elements(), e => e.Name.LocalName.StartsWith("embed", StringComparison.Ordinal));
        Assert.Equal("Arial", font.Element(W + "altName")!.Attribute(W + "val")!.Value);
        Assert.Empty(Part(docx, "word/settings.xml").Descendants(W + "embedTrueTypeFonts"));
        var embedded = DocxTestDocuments.Render(DocxTestDocuments.EveryNode(), DocxTestDocuments.ClinicSettings with { DocxEmbedFonts = true }).Bytes;
        // Four faces of about 30 KB each once deflated.
        Assert.True(embedded.Length > docx.Length + 4 * 25_000, $"{embedded.Length} bytes with the fonts, {docx.Length} without");
    }

    [Fact]
    public void Two_runs_give_identical_bytes_with_fixed_entry_order_and_times()
    {
        var first = DocxTestDocuments.Render(DocxTestDocuments.EveryNode()).Bytes;
        var second = DocxTestDocuments.Render(DocxTestDocuments.EveryNode()).Bytes;
        Assert.Equal(first, second);
        var entries = Entries(first);
        Assert.Equal("[Content_Types].xml", entries[0].FullName);
        Assert.Equal("_rels/.rels", entries[1].FullName);
        Assert.All(entries, e => Assert.Equal(new DateTime(2024, 3, 12), e.LastWriteTime.DateTime));
    }

    [Fact]
    public void Control_characters_and_lone_surrogates_never_reach_the_XML()
    {
        var (docx, _) = DocxTestDocuments.Render(DocxTestDocuments.EveryNode());
        var text = Part(docx, "word/document.xml").Descendants(W + "t").Select(t => t.Value).Single(t => t.StartsWith("Control", StringComparison.Ordinal));
        Assert.Equal("Control characters and a lone  surrogate are cleaned.", text);
    }

    [Fact]
    public void Key_points_title_and_items_share_one_box_edge_so_they_draw_as_one_box()
    {
        var (docx, _) = DocxTestDocuments.Render(DocxTestDocuments.EveryNode());
        var boxed = Part(docx, "word/document.xml").Descendants(W + "p")
            .Where(p => p.Descendants(W + "pStyle").Any(s => s.Attribute(W + "val")!.Value is "KeyPoints" or "KeyPointsTitle")).ToList();
        Assert.Equal(3, boxed.Count);
        // The style indents the title by 170 twips; a list item's marker hangs back to the same edge.
        Assert.Null(boxed[0].Descendants(W + "ind").SingleOrDefault());
        Assert.All(boxed.Skip(1), p =>
        {
            var ind = p.Descendants(W + "ind").Single();
            var edge = int.Parse(ind.Attribute(W + "left")!.Value, CultureInfo.InvariantCulture) - int.Parse(ind.Attribute(W + "hanging")!.Value, CultureInfo.InvariantCulture);
            Assert.Equal(DocxBlocks.BoxIndent, edge);
        });
    }

    [Theory]
    [InlineData(0L, "1980-01-01T00:00:00")]
    [InlineData(1710201600L, "2024-03-12T00:00:00")]
    public void Zip_entry_time_is_the_document_timestamp_clamped_to_what_zip_can_hold(long epoch, string expected)
    {
        var time = DeterministicZip.EntryTime(DateTimeOffset.FromUnixTimeSeconds(epoch));
        Assert.Equal(expected, time.DateTime.ToString("s", CultureInfo.InvariantCulture));
        Assert.Equal(TimeSpan.Zero, time.Offset);
    }
}
