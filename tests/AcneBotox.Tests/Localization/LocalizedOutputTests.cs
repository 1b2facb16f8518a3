using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using AcneBotox.Tests.Support;
using AngleSharp.Html.Parser;
using UglyToad.PdfPig;

namespace AcneBotox.Tests.Localization;

/// <summary>
/// The seed and the Spanish handout exported with the bundled settings: every word the handout adds is in the
/// document's language, in HTML, PDF and Word. The Spanish outputs' text is searched for every English label.
/// </summary>
public sealed class LocalizedOutputTests : IDisposable
{
    private const string Spanish = "cuidados-despues-del-botox";
    private const string Seed = "can-botox-help-acne";
    private const string SpanishExtras = "extras-es";

    private readonly string _root = Directory.CreateTempSubdirectory("acnebotox-i18n-").FullName;

    public LocalizedOutputTests()
    {
        var content = Path.Combine(_root, "content");
        Directory.CreateDirectory(content);
        foreach (var name in new[] { "handout.yml", Spanish + ".md", Seed + ".txt" })
            File.Copy(Path.Combine(TestPaths.Content, name), Path.Combine(content, name));
        // The missing picture shows the "image not available" label, so it must not fail the document.
        File.AppendAllText(Path.Combine(content, "handout.yml"), "\nimages:\n  missing: warning\n");
        // What the Spanish article does not show: a note, a missing picture, no review date.
        File.WriteAllText(Path.Combine(content, SpanishExtras + ".md"),
            "---\ntitle: Prueba de etiquetas\nlanguage: es-ES\n---\n> [!NOTE]\n> Beba agua.\n\n![Una cara con crema](falta.png)\n\nLa crema se pone por la noche.\n");
        var outcome = CliRunner.Run("export", content, "-o", Path.Combine(_root, "out"), "-q");
        Assert.True(outcome.ExitCode == 0, outcome.StandardError);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    public static TheoryData<string> Formats => ["html", "pdf", "docx"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_spanish_handout_carries_no_English_label(string format)
    {
        foreach (var name in new[] { Spanish, SpanishExtras })
        {
            var text = Text(name, format);
            Assert.True(EnglishFragments.Find(text) is null, $"{name}.{format} holds the English '{EnglishFragments.Find(text)}'");
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void A_spanish_handout_carries_its_spanish_furniture(string format)
    {
        var text = Text(Spanish, format);
        string[] expected =
        [
            "Puntos clave", "Advertencia", "Consejo", "Fuentes", "Última revisión: 1 de marzo de 2026",
            "Próxima revisión: 1 de marzo de 2027", "Revisado por Dra. Ana Martínez", "Escrito por", "Versión 1.0",
            "Este folleto es información general", "¿Preguntas? Llame a la clínica",
        ];
        Assert.All(expected, label => Assert.Contains(label, text, StringComparison.Ordinal));
        if (format != "html") Assert.Contains("Página 1 de", text, StringComparison.Ordinal);

        var extras = Text(SpanishExtras, format);
        Assert.Contains("Nota", extras, StringComparison.Ordinal);
        Assert.Contains("[Imagen: Una cara con crema]", extras, StringComparison.Ordinal);
        Assert.Contains("Última revisión: sin registrar", extras, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void The_seed_keeps_its_English_furniture(string format)
    {
        var text = Text(Seed, format);
        Assert.Contains("This handout is general information", text, StringComparison.Ordinal);
        Assert.Contains("Questions? Call the clinic", text, StringComparison.Ordinal);
        Assert.Contains("Last reviewed", text, StringComparison.Ordinal);
        if (format != "html") Assert.Contains("Page 1 of", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Última", text, StringComparison.Ordinal);
    }

    private string Text(string name, string format)
    {
        var path = Path.Combine(_root, "out", $"{name}.{format}");
        return format switch
        {
            "html" => new HtmlParser().ParseDocument(File.ReadAllText(path)).Body!.TextContent,
            "pdf" => PdfText(path),
            _ => DocxText(path),
        };
    }

    // Words joined with spaces: PdfPig gives words, and the labels are compared as words.
    private static string PdfText(string path)
    {
        using var pdf = PdfDocument.Open(path);
        return string.Join('\n', pdf.GetPages().Select(page => string.Join(' ', page.GetWords().Select(word => word.Text))));
    }

    // The document, header and footer parts' text, one paragraph per line.
    private static string DocxText(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        XNamespace w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        var text = new StringBuilder();
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("word/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var stream = entry.Open();
            var xml = XDocument.Load(stream);
            foreach (var paragraph in xml.Descendants(w + "p"))
                text.Append(string.Concat(paragraph.Descendants().Where(e => e.Name == w + "t" || e.Name == w + "tab").Select(e => e.Name == w + "tab" ? " " : e.Value))).Append('\n');
        }
        return text.ToString();
    }
}
