using System.Collections.Immutable;
using AcneBotox.Core.Model;
using AcneBotox.Core.Settings;
using CsCheck;

namespace AcneBotox.Tests.Properties;

/// <summary>
/// CsCheck generators for arbitrary but valid documents: every block and inline kind, hostile text and link
/// targets, nesting bounded by depth and width so one case renders in milliseconds.
/// </summary>
internal static class ModelGenerators
{
    /// <summary>The one image source the test resolver knows; every other source is a missing file.</summary>
    public const string KnownImage = "images/pixel.png";

    /// <summary>Plain words and punctuation the handout font draws.</summary>
    public static readonly Gen<string> Words = Gen.String[Gen.Char["abcdefghij KLMNOP.,;:!?-'"], 1, 40];

    /// <summary>
    /// Text that looks like syntax of the formats we write or of the CI log we print to: PDF operators, objects,
    /// stream and file ends (with and without line breaks around them), XMP packet ends, and GitHub workflow
    /// commands on a line of their own (issue 12).
    /// </summary>
    public static readonly Gen<string> SyntaxText = Gen.OneOf(
        Gen.Const("endstream"),
        Gen.Const("\nendstream\nendobj\n"),
        Gen.Const("9 0 obj << /Type /Action /S /JavaScript /JS (app.alert\\(1\\)) >> endobj"),
        Gen.Const("\n99 0 obj\n<< /Type /Action /S /Launch /F (calc.exe) >>\nendobj\n"),
        Gen.Const(") Tj ET Q endstream"),
        Gen.Const("/Type /Catalog /OpenAction 9 0 R"),
        Gen.Const("\nxref\n0 1\n0000000000 65535 f \ntrailer\n<< /Root 9 0 R >>\nstartxref\n0\n%%EOF\n"),
        Gen.Const("/ABCDEF+AtkinsonHyperlegible-Regular"),
        Gen.Const("</rdf:li></rdf:Alt></dc:title><?xpacket end=\"w\"?>"),
        Gen.Const("\n::error::x\n"),
        Gen.Const("::add-mask::y"),
        Gen.Const("\r\n::error file=a.md,line=1::injected\r\n::set-env name=X::y\n"));

    // Text that has broken writers before or is likely to: controls, bidi overrides, emoji sequences, lone
    // surrogates, noncharacters, markup lookalikes, format syntax and words far wider than any page.
    private static readonly Gen<string> OddText = Gen.OneOf(
        SyntaxText,
        Gen.Const("\0\u0001\u0008\u000B\u000C\u001F\u007F\u0085"),
        Gen.Const("\u202Etxt.exe\u202C \u200B\u200D\uFEFF"),
        Gen.Const("مرحبا بالعالم، هذا نص عربي"),
        Gen.Const("שלום עולם"),
        Gen.Const("👩🏽‍⚕️ 🧴💉 🇬🇧"),
        Gen.Const("\uD800 lone \uDC00 surrogates"),
        Gen.Const("\uFFFE\uFFFF\uFDD0"),
        Gen.Const("<script>alert(1)</script><img src=x onerror=alert(1)>"),
        Gen.Const("]]>&amp;&#0;&lt;\"'`"),
        Gen.Const("a\u00ADb\u0301\u0338 ﬁ Å"),
        Gen.Const("\t\r\n  \n"),
        Gen.Const("𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ℌ𝔢𝔩𝔩𝔬 中文 日本語 한국어"),
        Gen.Int[200, 3000].Select(n => new string('W', n)),
        Gen.Int[50, 400].Select(n => string.Concat(Enumerable.Repeat("😀", n))));

    /// <summary>Text of any kind: ordinary words, arbitrary characters or the odd cases above.</summary>
    public static readonly Gen<string> AnyText = Gen.Frequency(
        (4, Words),
        (2, Gen.String[0, 30]),
        (2, OddText),
        (1, Gen.Select(Words, SyntaxText, Words, (before, syntax, after) => before + syntax + after)));

    private static readonly Gen<string> LinkTarget = Gen.OneOf(
        Gen.Const("https://example.org/acne?q=1&r=2#top"),
        Gen.Const("http://example.com"),
        Gen.Const("mailto:clinic@example.org"),
        Gen.Const("javascript:alert(1)"),
        Gen.Const(" JaVaScRiPt:alert(1)"),
        Gen.Const("java\tscript:alert(1)"),
        Gen.Const("vbscript:msgbox(1)"),
        Gen.Const("data:text/html,<script>alert(1)</script>"),
        Gen.Const("#section"),
        Gen.Const("../relative/page.html"),
        Gen.Const(""),
        AnyText);

    private static readonly Gen<string> ImageSource = Gen.OneOf(
        Gen.Const(KnownImage),
        Gen.Const("images/missing.png"),
        Gen.Const("../../etc/passwd"),
        Gen.Const("/absolute/photo.jpg"),
        Gen.Const("https://example.org/remote.png"),
        Gen.Const("javascript:alert(1)"),
        Gen.Const("data:image/png;base64,iVBORw0KGgo="),
        AnyText);

    private static readonly Gen<string> Slug = Gen.String[Gen.Char["abcxyz-0123"], 1, 12];

    private static readonly Gen<string?> NoText = Gen.Const((string?)null);

    private static readonly Gen<string?> MaybeText = Gen.Frequency((1, NoText), (2, AnyText.Select(t => (string?)t)));

    private static readonly Gen<Inline>[] InlinesByDepth = BuildInlines(maxDepth: 2);

    private static readonly Gen<Block>[] BlocksByDepth = BuildBlocks(maxDepth: 3);

    /// <summary>Documents of up to 8 top-level blocks, containers nested up to 3 deep, with random metadata.</summary>
    public static readonly Gen<Document> Document =
        Gen.Select(Metadata, Blocks(BlocksByDepth[^1], 0, 8), (metadata, blocks) => new Document(metadata, blocks));

    /// <summary>Settings a handout.yml could hold: either paper, large print or not, and hostile clinic texts.</summary>
    public static readonly Gen<HandoutSettings> Settings =
        Gen.Select(Gen.Enum<Paper>(), Gen.Bool, AnyText, MaybeText, AnyText, (paper, largePrint, organization, contact, disclaimer) =>
            new HandoutSettings { Paper = paper, LargePrint = largePrint, Organization = organization, Contact = contact, Disclaimer = disclaimer });

    private static Gen<Metadata> Metadata =>
        Gen.Select(AnyText, MaybeText, MaybeText, Gen.OneOf(NoText, Gen.Const<string?>("en"), Gen.Const<string?>("en-GB"), Gen.Const<string?>("ar"), Gen.Const<string?>("he")),
            AnyText.Array[0, 3], Gen.Int[-1, 40_000].Select(d => d < 0 ? (DateOnly?)null : DateOnly.FromDayNumber(700_000 + d)),
            AnyText.Array[0, 3],
            (title, subtitle, summary, language, authors, reviewed, keywords) => new Metadata
            {
                Title = title,
                Subtitle = subtitle,
                Summary = summary,
                Language = language,
                Authors = [.. authors],
                Reviewer = subtitle,
                Reviewed = reviewed,
                NextReview = reviewed?.AddYears(1),
                Version = summary,
                Keywords = [.. keywords],
                Sources = [.. authors],
                Provenance = new Provenance("generated/article.md", new string('a', 64)),
            });

    private static Gen<ImmutableArray<Inline>> Inlines(Gen<Inline> inline, int min, int max) =>
        inline.Array[min, max].Select(items => ImmutableArray.Create(items));

    private static Gen<ImmutableArray<Block>> Blocks(Gen<Block> block, int min, int max) =>
        block.Array[min, max].Select(items => ImmutableArray.Create(items));

    private static Gen<Inline>[] BuildInlines(int maxDepth)
    {
        var byDepth = new Gen<Inline>[maxDepth + 1];
        Gen<Inline>[] leaves =
        [
            AnyText.Select(t => (Inline)new Text(t)),
            AnyText.Select(t => (Inline)new Code(t)),
            Gen.Const<Inline>(new LineBreak()),
        ];
        byDepth[0] = Gen.OneOf(leaves);
        for (var depth = 1; depth <= maxDepth; depth++)
        {
            var children = Inlines(byDepth[depth - 1], 0, 3);
            byDepth[depth] = Gen.Frequency(
                (6, byDepth[0]),
                (1, children.Select(c => (Inline)new Emphasis(c))),
                (1, children.Select(c => (Inline)new Strong(c))),
                (2, Gen.Select(LinkTarget, children, (target, c) => (Inline)new Link(target, c))));
        }
        return byDepth;
    }

    private static Gen<Block>[] BuildBlocks(int maxDepth)
    {
        var inline = InlinesByDepth[^1];
        var inlines = Inlines(inline, 0, 5);
        var cell = Inlines(inline, 0, 3).Select(c => new TableCell(c));
        var row = cell.Array[0, 5].Select(cells => new TableRow([.. cells]));
        var header = cell.Array[1, 4].Select(cells => new TableRow([.. cells]));
        Gen<Block>[] leaves =
        [
            Gen.Select(Gen.Int[1, 6], Inlines(inline, 1, 4), Slug, (level, content, id) => (Block)new Heading(level, content, id)),
            inlines.Select(c => (Block)new Paragraph(c)),
            Gen.Select(ImageSource, MaybeText, Inlines(inline, 0, 2), (source, alt, caption) => (Block)new Image(source, alt, caption)),
            Gen.Select(header, row.Array[0, 6], (h, rows) => (Block)new Table(h, [.. rows])),
            Gen.Const<Block>(new ThematicBreak()),
        ];
        var byDepth = new Gen<Block>[maxDepth + 1];
        byDepth[0] = Gen.OneOf(leaves);
        for (var depth = 1; depth <= maxDepth; depth++)
        {
            var children = Blocks(byDepth[depth - 1], 0, 3);
            var items = children.Array[1, 4].Select(list => ImmutableArray.Create(list));
            byDepth[depth] = Gen.Frequency(
                (5, byDepth[0]),
                (1, items.Select(i => (Block)new BulletList(i))),
                (1, Gen.Select(Gen.OneOf(Gen.Int[0, 20], Gen.Int[0, 999_999_999]), items, (start, i) => (Block)new OrderedList(start, i))),
                (1, Gen.Select(Gen.Enum<CalloutKind>(), MaybeText, children, (kind, title, c) => (Block)new Callout(kind, title, c))),
                (1, children.Select(c => (Block)new Quote(c))));
        }
        return byDepth;
    }
}
