using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using UglyToad.PdfPig;

namespace AcneBotox.Tests.BadInput;

/// <summary>Looks inside written handouts for what must never be there: script, unsafe links, files from outside the root.</summary>
internal static partial class OutputInspector
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto", "tel"];

    /// <summary>Every problem found in the outputs under <paramref name="folder"/>; empty when they are safe.</summary>
    public static List<string> Problems(string folder)
    {
        var problems = new List<string>();
        if (!Directory.Exists(folder)) return problems;
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetFileName(file);
            if (name.StartsWith(AcneBotox.Core.Pipeline.AtomicFile.TempPrefix, StringComparison.Ordinal) && name.EndsWith(".tmp", StringComparison.Ordinal))
                problems.Add($"{name}: a temporary file was left behind");
            var bytes = File.ReadAllBytes(file);
            if (Contains(bytes, BadInputWorkspace.SecretMarker)) problems.Add($"{name}: holds the secret from outside the content root");
            switch (Path.GetExtension(file))
            {
                case ".html": problems.AddRange(HtmlProblems(name, Encoding.UTF8.GetString(bytes), IndexFolder(folder, file))); break;
                case ".pdf": problems.AddRange(PdfProblems(name, bytes)); break;
                case ".docx": problems.AddRange(DocxProblems(name, bytes)); break;
            }
        }
        return problems;
    }

    /// <summary>Embedded images per output file (HTML img elements, PDF image XObjects, DOCX media parts).</summary>
    public static Dictionary<string, int> ImageCounts(string folder)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (!Directory.Exists(folder)) return counts;
        // The batch index page lists handouts; it has no images of its own.
        foreach (var file in Directory.EnumerateFiles(folder).Where(f => Path.GetFileName(f) != AcneBotox.Core.Pipeline.Batch.IndexPage.FileName))
        {
            var bytes = File.ReadAllBytes(file);
            int? count = Path.GetExtension(file) switch
            {
                ".html" => ImgTag().Count(Encoding.UTF8.GetString(bytes)),
                ".pdf" => PdfImages(bytes),
                ".docx" => DocxEntries(bytes).Count(e => e.FullName.EndsWith(".png", StringComparison.OrdinalIgnoreCase)
                    || e.FullName.EndsWith(".jpeg", StringComparison.OrdinalIgnoreCase) || e.FullName.EndsWith(".jpg", StringComparison.OrdinalIgnoreCase)),
                _ => null,
            };
            if (count is { } n) counts[Path.GetFileName(file)] = n;
        }
        return counts;
    }

    // Parsed, not grepped: escaped text such as "&lt;script&gt;" or "javascript:" inside a meta description is harmless text.
    // The batch index page links its handouts by relative href; handouts themselves never link relatively.
    private static string? IndexFolder(string folder, string file) =>
        Path.GetFileName(file) == AcneBotox.Core.Pipeline.Batch.IndexPage.FileName
        && Path.GetFullPath(Path.GetDirectoryName(file)!) == Path.GetFullPath(folder) ? folder : null;

    // A link of the index page is safe when it names, without any path, a file that is in the folder.
    private static bool IsSiblingFile(string? indexFolder, string href) =>
        indexFolder is not null && href.Length > 0 && !href.Contains('/', StringComparison.Ordinal) && !href.Contains(':', StringComparison.Ordinal)
        && Uri.UnescapeDataString(href) is var name && name != ".." && !name.Contains('/', StringComparison.Ordinal)
        && !name.Contains('\\', StringComparison.Ordinal) && File.Exists(Path.Combine(indexFolder, name));

    private static IEnumerable<string> HtmlProblems(string name, string html, string? indexFolder)
    {
        var page = new HtmlParser().ParseDocument(html);
        foreach (var element in page.All)
        {
            var tag = element.LocalName;
            if (BannedElements.Contains(tag)) yield return $"{name}: <{tag}> element";
            if (tag == "meta" && element.HasAttribute("http-equiv")) yield return $"{name}: <meta http-equiv>";
            foreach (var attribute in element.Attributes)
            {
                var value = new string([.. attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))]).ToLowerInvariant();
                if (attribute.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                    yield return $"{name}: event handler {attribute.Name} on <{tag}>";
                else if (value.Contains("javascript:", StringComparison.Ordinal) || value.Contains("vbscript:", StringComparison.Ordinal))
                {
                    if (!(tag == "meta" && attribute.LocalName == "content")) yield return $"{name}: script URL in {attribute.Name} of <{tag}>";
                }
                else if (UrlAttributes.Contains(attribute.LocalName) && !IsSafeTarget(attribute.Value.Trim())
                    && !(tag == "a" && attribute.LocalName == "href" && IsSiblingFile(indexFolder, attribute.Value)))
                    yield return $"{name}: {attribute.Name}=\"{attribute.Value}\" on <{tag}>";
            }
        }
        foreach (var style in page.QuerySelectorAll("style"))
            if (style.TextContent.Contains("javascript:", StringComparison.OrdinalIgnoreCase) || style.TextContent.Contains("expression(", StringComparison.OrdinalIgnoreCase))
                yield return $"{name}: script in a style sheet";
    }

    private static readonly HashSet<string> BannedElements = ["script", "iframe", "frame", "object", "embed", "form", "applet", "base"];

    private static readonly HashSet<string> UrlAttributes = ["href", "src", "action", "formaction", "srcset", "poster", "background"];

    private static bool IsSafeTarget(string target)
    {
        if (target.StartsWith('#') || IsOwnImage(target)) return true;
        var colon = target.IndexOf(':', StringComparison.Ordinal);
        // Relative links are out too: the issue allows http, https, mailto, tel and in-document anchors only.
        if (colon < 0) return false;
        return SafeSchemes.Contains(target[..colon].ToLowerInvariant());
    }

    private static bool IsOwnImage(string url) =>
        url.StartsWith("data:image/png;base64,", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("data:image/jpeg;base64,", StringComparison.OrdinalIgnoreCase);

    // Parsed, not grepped: a title may say "/JavaScript" as text; what matters is a name or key in an object.
    private static IEnumerable<string> PdfProblems(string name, byte[] bytes)
    {
        foreach (var problem in Pdf.PdfObjectScan.Problems(bytes)) yield return $"{name}: {problem}";
        if (Pdf.Qpdf.Path is not null && Pdf.Qpdf.Check(bytes) is (false, var verdict)) yield return $"{name}: qpdf --check: {verdict}";
        using var pdf = PdfDocument.Open(bytes);
        if (pdf.TryGetXmpMetadata(out var xmp) && !IsWellFormedXml(xmp.GetXmlBytes().ToArray())) yield return $"{name}: the XMP packet is not well-formed XML";
        foreach (var page in pdf.GetPages())
            foreach (var link in page.GetHyperlinks())
            {
                var scheme = link.Uri.Split(':', 2)[0].ToLowerInvariant();
                if (!SafeSchemes.Contains(scheme)) yield return $"{name}: PDF link to '{link.Uri}'";
            }
    }

    // Text may mention "javascript:" harmlessly; what matters is where links point: external relationship
    // targets and HYPERLINK field codes.
    private static IEnumerable<string> DocxProblems(string name, byte[] bytes)
    {
        foreach (var entry in DocxEntries(bytes))
        {
            if (!entry.FullName.EndsWith(".xml", StringComparison.Ordinal) && !entry.FullName.EndsWith(".rels", StringComparison.Ordinal)) continue;
            using var reader = new StreamReader(entry.Open());
            var xml = System.Xml.Linq.XDocument.Parse(reader.ReadToEnd());
            foreach (var element in xml.Descendants())
            {
                var target = element.Name.LocalName switch
                {
                    "Relationship" when (string?)element.Attribute("TargetMode") == "External" => (string?)element.Attribute("Target"),
                    "instrText" when element.Value.Contains("HYPERLINK", StringComparison.OrdinalIgnoreCase) => element.Value.Split('"', 3).ElementAtOrDefault(1),
                    _ => null,
                };
                if (target is not null && !IsSafeTarget(target.Trim())) yield return $"{name}: {entry.FullName} links to '{target}'";
            }
        }
    }

    private static bool IsWellFormedXml(byte[] xml)
    {
        try
        {
            System.Xml.Linq.XDocument.Load(new MemoryStream(xml));
            return true;
        }
        catch (System.Xml.XmlException)
        {
            return false;
        }
    }

    private static int PdfImages(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        return pdf.GetPages().Sum(p => p.GetImages().Count());
    }

    private static List<ZipArchiveEntry> DocxEntries(byte[] bytes) => [.. new ZipArchive(new MemoryStream(bytes)).Entries];

    private static bool Contains(byte[] haystack, string needle) => haystack.AsSpan().IndexOf(Encoding.ASCII.GetBytes(needle)) >= 0;

    [GeneratedRegex(@"<img\b", RegexOptions.IgnoreCase)]
    private static partial Regex ImgTag();
}
