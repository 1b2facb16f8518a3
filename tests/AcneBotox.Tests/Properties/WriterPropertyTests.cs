using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Settings;
using AcneBotox.Core.Writers;
using AcneBotox.Core.Writers.Html;
using AcneBotox.Docx;
using AcneBotox.Pdf;
using AcneBotox.Tests.Docx;
using AcneBotox.Tests.Writers.Html;
using AngleSharp.Html.Parser;
using CsCheck;
using Document = AcneBotox.Core.Model.Document;

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
    public void Pdf_writer_renders_any_model_as_a_pdf_that_opens_with_at_least_one_page()
    {
        AssertEveryModelRenders(new HandoutPdfWriter(), bytes =>
        {
            using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
            Assert.True(pdf.NumberOfPages >= 1);
        });
    }

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
