using System.Globalization;
using System.Text.Json;

namespace AcneBotox.Conformance.Tests.Pdf;

/// <summary>
/// A PDF's objects and page order as qpdf reads them (<c>qpdf --json</c>, version 2): an independent parser, so the
/// structure tree is judged as a PDF reader sees it, not as our writer meant it.
/// </summary>
internal sealed class PdfObjects
{
    private readonly Dictionary<string, JsonElement> _objects = new(StringComparer.Ordinal);

    private PdfObjects(JsonDocument json)
    {
        foreach (var item in json.RootElement.GetProperty("qpdf")[1].EnumerateObject())
            if (item.Name.StartsWith("obj:", StringComparison.Ordinal) && item.Value.TryGetProperty("value", out var value))
                _objects[item.Name[4..]] = value.Clone();
        Pages = [.. json.RootElement.GetProperty("pages").EnumerateArray().Select(page => page.GetProperty("object").GetString()!)];
    }

    /// <summary>The page objects' references ("9 0 R") in page order.</summary>
    public IReadOnlyList<string> Pages { get; }

    /// <summary>Reads <paramref name="pdf"/> with qpdf (skips or fails the test when qpdf is missing).</summary>
    public static PdfObjects Read(string pdf)
    {
        var qpdf = RealClient.Require("qpdf", "apt-get install qpdf");
        var outcome = RealClient.Run(qpdf, ["--json", "--json-key=qpdf", "--json-key=pages", pdf]);
        Assert.True(outcome.ExitCode is 0 or 3, $"qpdf --json failed: {outcome.StandardError}");
        using var json = JsonDocument.Parse(outcome.StandardOutput);
        return new PdfObjects(json);
    }

    /// <summary>The dictionary a reference ("12 0 R") points to.</summary>
    public JsonElement Get(string reference) => _objects[reference];

    /// <summary>An entry of a dictionary, following a reference.</summary>
    public JsonElement? Entry(JsonElement dictionary, string key)
    {
        if (dictionary.ValueKind != JsonValueKind.Object || !dictionary.TryGetProperty(key, out var value)) return null;
        return value.ValueKind == JsonValueKind.String && IsReference(value.GetString()!) ? Get(value.GetString()!) : value;
    }

    /// <summary>A name entry ("/L") or null.</summary>
    public string? Name(JsonElement dictionary, string key) =>
        Entry(dictionary, key) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    /// <summary>Every structure element under the StructTreeRoot, with its parent, in tree order.</summary>
    public IEnumerable<(JsonElement Element, JsonElement? Parent)> StructureElements()
    {
        var catalog = _objects.Values.Single(o => o.ValueKind == JsonValueKind.Object && Name(o, "/Type") == "/Catalog");
        var root = Entry(catalog, "/StructTreeRoot") ?? throw new InvalidOperationException("no structure tree");
        return Kids(root, null);
    }

    /// <summary>Every link annotation of every page, with its page's index (0-based).</summary>
    public IEnumerable<(JsonElement Annotation, int Page)> LinkAnnotations() =>
        Pages.SelectMany((page, index) => Entry(Get(page), "/Annots") is { ValueKind: JsonValueKind.Array } annots
            ? annots.EnumerateArray().Select(a => Get(a.GetString()!)).Where(a => Name(a, "/Subtype") == "/Link").Select(a => (a, index))
            : []);

    /// <summary>A page's /MediaBox as [x1, y1, x2, y2].</summary>
    public double[] MediaBox(string page) => Numbers(Entry(Get(page), "/MediaBox")!.Value);

    /// <summary>An array of numbers.</summary>
    public static double[] Numbers(JsonElement array) => [.. array.EnumerateArray().Select(n => n.GetDouble())];

    private IEnumerable<(JsonElement, JsonElement?)> Kids(JsonElement node, JsonElement? parent)
    {
        if (parent is not null) yield return (node, parent);
        if (!node.TryGetProperty("/K", out var kids)) yield break;
        var list = kids.ValueKind == JsonValueKind.Array ? kids.EnumerateArray().ToList() : [kids];
        foreach (var kid in list)
        {
            if (kid.ValueKind != JsonValueKind.String || !IsReference(kid.GetString()!)) continue;
            var child = Get(kid.GetString()!);
            if (Name(child, "/Type") is "/OBJR" or "/MCR") continue;
            foreach (var item in Kids(child, node)) yield return item;
        }
    }

    private static bool IsReference(string value) =>
        value.EndsWith(" R", StringComparison.Ordinal) && value.Split(' ').Length == 3 && int.TryParse(value.Split(' ')[0], NumberStyles.None, CultureInfo.InvariantCulture, out _);
}
