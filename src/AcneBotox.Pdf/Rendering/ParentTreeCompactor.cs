using PdfSharp.Pdf;

namespace AcneBotox.Pdf.Rendering;

/// <summary>
/// Keeps PDFsharp's structure parent tree small while pages are drawn. PDFsharp 6.2.4 scans the whole
/// <c>/Nums</c> array of the tree's root for every text it tags and every link it adds, and that array grows
/// by one entry per page and per link: 20,000 links cost minutes. Here each link's entry leaves the root as
/// soon as it is added (PDFsharp never looks it up again), and each finished page's entries go into a kid
/// node of their own, so the root holds one entry while a page is drawn and every scan is short. The result
/// is an ordinary number tree (root with <c>/Kids</c>; each kid with <c>/Limits</c> and sorted <c>/Nums</c>),
/// as ISO 32000-1, 7.9.7 describes.
/// </summary>
internal sealed class ParentTreeCompactor(PdfDocument document)
{
    private const string Nums = "/Nums";

    // The current page's link entries, moved out of the root, waiting for the page's kid node.
    private readonly List<(int Key, PdfItem Value)> _pageEntries = [];

    /// <summary>Call right after a link annotation was tagged: moves its entry out of the root.</summary>
    public void LinkAdded()
    {
        var nums = RootNums(out _);
        if (nums is null) return;
        // The page's own entry (its array of marked-content parents) stays: PDFsharp adds to it while the page is drawn.
        for (var i = nums.Elements.Count - 2; i >= 0; i -= 2)
        {
            if (nums.Elements[i + 1] is PdfArray || nums.Elements[i] is not PdfInteger key) continue;
            _pageEntries.Add((key.Value, nums.Elements[i + 1]));
            nums.Elements.RemoveAt(i + 1);
            nums.Elements.RemoveAt(i);
        }
    }

    /// <summary>Call before each page is drawn and once after the last: the finished page's entries become one kid.</summary>
    public void PageDone()
    {
        var nums = RootNums(out var root);
        if (root is null) return;
        if (nums is not null)
        {
            for (var i = 0; i + 1 < nums.Elements.Count; i += 2)
                if (nums.Elements[i] is PdfInteger key) _pageEntries.Add((key.Value, nums.Elements[i + 1]));
            // A root holds /Kids or /Nums, never both; PDFsharp makes a new /Nums when the next page needs one.
            root.Elements.Remove(Nums);
        }
        if (_pageEntries.Count == 0) return;
        // A link drawn before the page's first text gets the smaller key: sort, as a number tree's keys must be.
        _pageEntries.Sort((a, b) => a.Key.CompareTo(b.Key));
        var sorted = new PdfArray(document);
        foreach (var (key, value) in _pageEntries)
        {
            sorted.Elements.Add(new PdfInteger(key));
            sorted.Elements.Add(value);
        }
        var limits = new PdfArray(document, new PdfInteger(_pageEntries[0].Key), new PdfInteger(_pageEntries[^1].Key));
        var kid = new PdfNumberTreeNode();
        document.Internals.AddObject(kid);
        kid.Elements.SetObject(Nums, sorted);
        kid.Elements.SetObject("/Limits", limits);
        root.AddKid(kid);
        _pageEntries.Clear();
    }

    private PdfArray? RootNums(out PdfNumberTreeNode? root)
    {
        var treeRoot = document.Internals.Catalog.Elements.GetDictionary("/StructTreeRoot");
        root = treeRoot?.Elements.GetDictionary("/ParentTree") as PdfNumberTreeNode;
        return root?.Elements.GetArray(Nums);
    }
}
