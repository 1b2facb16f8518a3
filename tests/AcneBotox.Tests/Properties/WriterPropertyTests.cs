using System.Xml.Linq;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Model;
using AcneBotox.Core.Settings;
using AcneBotox.Core.Writers;
using AcneBotox.Core.Writers.Html;
using AcneBotox.Docx;
using AcneBotox.Pdf;
using AcneBotox.Tests.Docx;
using AcneBotox.Tests.Pdf;
using AcneBotox.Tests.Writers.Html;
using AngleSharp.Html.Parser;
using CsCheck;
using Document = AcneBotox.Core.Model.Document;

using AcneBotox.Tests.Support;

namespace AcneBotox.Tests.Properties;

/// <summary>
/// Every writer accepts every valid model: it either renders non-empty, safe, valid output or refuses with our
/// own <see cref="DocumentException"/>. CsCheck prints the seed of a failing case; pass it as <c>seed:</c> to replay.
/// </summary>
public sealed class WriterPropertyTests
{
    // Modest counts: each case renders a whole handout and the PDF and DOCX checks are not cheap.
    private const int Iterations = 50;

    [Fact]
    public void Html_writer_renders_any_model_as_a_page_without_script_handlers_or_javascript_links()
    {
        AssertEveryModelRenders(new HtmlWriter(), bytes =>
        {
            var page = new HtmlParser().ParseDocument(new MemoryStream(bytes));
            Assert.Empty(page.QuerySelectorAll("script"));
            foreach (var element in page.All)
            {
                foreach (var attribute in element.Attributes)
                {
                    Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase),
                        $"<{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
                    if (attribute.Name is "href" or "src" or "action" or "formaction" or "xlink:href")
                    {
                        Assert.False(IsScriptUrl(attribute.Value), $"<{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
                    }
                }
            }
        });
    }

    [Fact]
    public void Docx_writer_renders_any_model_as_a_package_that_validates_against_Office_2019()
    {
        AssertEveryModelRenders(new DocxWriter(), bytes =>
        {
            var errors = DocxPackageReader.ValidationErrors(bytes);
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        });
    }

    [Fact]
    public void Pdf_writer_renders_any_model_as_a_pdf_that_opens_and_holds_no_injected_object()
    {
        AssertEveryModelRenders(new HandoutPdfWriter(), bytes =>
        {
            using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
            Assert.True(pdf.NumberOfPages >= 1);
            Assert.Empty(PdfObjectScan.Problems(bytes));
            Assert.True(pdf.TryGetXmpMetadata(out var xmp));
            XDocument.Load(new MemoryStream(xmp.GetXmlBytes().ToArray()));
            if (Qpdf.Path is not null)
            {
                var (clean, output) = Qpdf.Check(bytes);
                Assert.True(clean, output);
            }
        });
    }

    [Fact]
    public void Pdf_writer_prints_text_holding_pdf_xml_and_workflow_syntax_exactly_and_adds_no_object()
    {
        var text = Gen.Frequency((2, ModelGenerators.Words), (3, Gen.Select(ModelGenerators.Words, ModelGenerators.SyntaxText, (w, s) => w + s)));
        var documents = Gen.Select(text, text, text.Array[1, 4], (title, summary, paragraphs) => new Document(
            new Metadata { Title = title, Summary = summary, Provenance = new Provenance("generated/article.md", new string('a', 64)) },
            [.. paragraphs.Select(p => (Block)new Paragraph([new Text(p)]))]));
        Gen.Select(documents, text, text, text).Sample((document, organization, disclaimer, contact) =>
        {
            var settings = new HandoutSettings { Organization = organization, Disclaimer = disclaimer, Contact = contact };
            var bytes = Render(new HandoutPdfWriter(), document, settings)!;
            // The twin says something plain wherever the document says something, and stays blank where it is blank
            // (a blank summary or paragraph is dropped, so it has no object of its own).
            static string Plain(string? value, string standIn) => string.IsNullOrWhiteSpace(value) ? value ?? "" : standIn;
            var plain = document with
            {
                Metadata = document.Metadata with { Title = Plain(document.Metadata.Title, "t"), Summary = Plain(document.Metadata.Summary, "s") },
                Blocks = [.. document.Blocks.Select(b => (Block)new Paragraph([new Text(Plain(((Text)((Paragraph)b).Inlines[0]).Value, "p"))]))],
            };
            // The contact line's phone numbers and addresses become links (objects of their own), so the twin keeps the settings.
            var twin = Render(new HandoutPdfWriter(), plain, settings)!;

            var expected = document.Metadata.Title + document.Metadata.Summary + string.Concat(document.Blocks.Cast<Paragraph>().Select(p => ((Text)p.Inlines[0]).Value)) + ComposedTexts.EndMatter(document, settings);
            Assert.Equal(Squeeze(expected), Squeeze(PdfOutputTests.BodyText(bytes)));
            Assert.Empty(PdfObjectScan.Problems(bytes));
            // The same number of pages holds the same objects, whatever the text says.
            if (PageCount(bytes) == PageCount(twin)) Assert.Equal(PdfObjectScan.ObjectCount(twin), PdfObjectScan.ObjectCount(bytes));
            if (Qpdf.Path is null) return;
            var (clean, output) = Qpdf.Check(bytes);
            Assert.True(clean, output);
        }, iter: Iterations, threads: 1);
        Qpdf.RequireInstalled(); // text and objects were checked; this reports (skips) when qpdf could not judge the files
    }

    private static int PageCount(byte[] bytes)
    {
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        return pdf.NumberOfPages;
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static void AssertEveryModelRenders(IDocumentWriter writer, Action<byte[]> assertSafe)
    {
        var rendered = 0;
        Gen.Select(ModelGenerators.Document, ModelGenerators.Settings).Sample((document, settings) =>
        {
            var bytes = Render(writer, document, settings);
            if (bytes is null) return;
            Assert.NotEmpty(bytes);
            assertSafe(bytes);
            Interlocked.Increment(ref rendered);
        }, iter: Iterations, threads: 1);

        // A writer that refused everything would pass the loop above vacuously.
        Assert.True(rendered > Iterations / 2, $"{writer.Format} rendered only {rendered} of {Iterations} generated documents");
    }

    /// <summary>The output bytes, or null when the writer refused the document with our own diagnostic.</summary>
    private static byte[]? Render(IDocumentWriter writer, Document document, HandoutSettings settings)
    {
        using var output = new MemoryStream();
        try
        {
            writer.Write(document, HtmlTestDocuments.Context(document, settings, new DiagnosticBag()), output);
        }
        catch (DocumentException)
        {
            return null;
        }
        return output.ToArray();
    }

    // Browsers drop ASCII whitespace and controls inside a scheme, so "java\tscript:" still runs.
    private static bool IsScriptUrl(string value)
    {
        var compact = new string([.. value.Where(c => c > ' ' && c != '\u007F')]);
        return compact.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
            || compact.StartsWith("vbscript:", StringComparison.OrdinalIgnoreCase)
            || compact.StartsWith("data:text/html", StringComparison.OrdinalIgnoreCase);
    }
}
