using System.Globalization;
using System.Xml.Linq;
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
    public void Normal_style_is_Atkinson_13pt_line_1_4_with_Arial_declared_as_the_fallback()
    {
        var (docx, _) = DocxTestDocuments.Render(DocxTestDocuments.EveryNode());
        var styles = Part(docx, "word/styles.xml");
        var defaults = styles.Descendants(W + "docDefaults").Single();
        Assert.Equal("Atkinson Hyperlegible", defaults.Descendants(W + "rFonts").Single().Attribute(W + "ascii")!.Value);
        Assert.Equal("26", defaults.Descendants(W + "sz").Single().Attribute(W + "val")!.Value);
        Assert.Equal("336", defaults.Descendants(W + "spacing").Single().Attribute(W + "line")!.Value);
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
        Assert.Equal("360", defaults.Descendants(W + "spacing").Single().Attribute(W + "line")!.Value);

        var letter = DocxTestDocuments.Render(DocxTestDocuments.EveryNode(), DocxTestDocuments.ClinicSettings with { Paper = Paper.Letter }).Bytes;
        var size = Part(letter, "word/document.xml").Descendants(W + "pgSz").Single();
        Assert.Equal(("12240", "15840"), (size.Attribute(W + "w")!.Value, size.Attribute(W + "h")!.Value));
        var a4 = Part(DocxTestDocuments.Render(DocxTestDocuments.EveryNode()).Bytes, "word/document.xml").Descendants(W + "pgSz").Single();
        Assert.Equal(("11906", "16838"), (a4.Attribute(W + "w")!.Value, a4.Attribute(W + "h")!.Value));
        var margin = Part(letter, "word/document.xml").Descendants(W + "pgMar").Single();
        Assert.All(new[] { "top", "bottom", "left", "right" }, side => Assert.Equal("1440", margin.Attribute(W + side)!.Value));
    }

    [Fact]
    public void Lists_use_real_numbering_with_bullet_and_decimal_definitions_nesting_and_restarts()
    {
        var (docx, _) = DocxTestDocuments.Render(DocxTestDocuments.EveryNode());
        var numbering = Part(docx, "word/numbering.xml");
        var formats = numbering.Descendants(W + "abstractNum")
            .Select(a => a.Elements(W + "lvl").First().Element(W + "numFmt")!.Attribute(W + "val")!.Value).ToList();
        Assert.Equal(["bullet", "decimal"], formats);
        var starts = numbering.Descendants(W + "startOverride").Select(s => s.Attribute(W + "val")!.Value).ToList();
        Assert.Equal(["3", "1", "1"], starts);
        var levels = Part(docx, "word/document.xml").Descendants(W + "ilvl").Select(l => int.Parse(l.Attribute(W + "val")!.Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(2, levels.Max());
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
