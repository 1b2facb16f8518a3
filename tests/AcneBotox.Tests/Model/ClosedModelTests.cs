using System.Collections.Immutable;
using System.Reflection;
using AcneBotox.Core.Composition;
using AcneBotox.Core.Model;
using AcneBotox.Core.Writers;
using AcneBotox.Core.Writers.Html;
using AcneBotox.Docx;
using AcneBotox.Pdf;
using AcneBotox.Tests.Docx;
using AcneBotox.Tests.Writers.Html;

namespace AcneBotox.Tests.Model;

/// <summary>
/// The model is closed and compared by value. A new node kind fails here until the shared every-node fixture
/// holds it, and then in every writer (and the composition and the dump) that does not render it.
/// </summary>
public sealed class ClosedModelTests
{
    private static readonly Type[] BlockKinds = Kinds(typeof(Block));
    private static readonly Type[] InlineKinds = Kinds(typeof(Inline));

    public static TheoryData<string> Writers => ["html", "pdf", "docx"];

    [Fact]
    public void Every_node_kind_is_sealed_and_the_base_kinds_cannot_be_extended_elsewhere()
    {
        Assert.All(BlockKinds.Concat(InlineKinds), kind => Assert.True(kind.IsSealed, $"{kind.Name} must be sealed"));
        foreach (var baseKind in new[] { typeof(Block), typeof(Inline) })
        {
            var constructor = Assert.Single(baseKind.GetConstructors(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public), c => c.GetParameters().Length == 0);
            Assert.True(constructor.IsFamilyAndAssembly, $"{baseKind.Name}() must be private protected");
        }
    }

    [Fact]
    public void The_shared_every_node_fixture_holds_every_kind()
    {
        var document = DocxTestDocuments.EveryNode();
        var blocks = ModelWalker.Descendants(document).Select(b => b.GetType()).ToHashSet();
        var inlines = ModelWalker.Descendants(document).SelectMany(ModelWalker.InlineRuns).SelectMany(run => ModelWalker.Descendants(run))
            .Select(i => i.GetType()).ToHashSet();
        Assert.All(BlockKinds, kind => Assert.Contains(kind, blocks));
        Assert.All(InlineKinds, kind => Assert.Contains(kind, inlines));
        Assert.All(Enum.GetValues<CalloutKind>(), kind =>
            Assert.Contains(ModelWalker.Query<Callout>(document).Select(c => c.Kind).Concat(ModelWalker.Query<Callout>(HtmlTestDocuments.EveryNode()).Select(c => c.Kind)), k => k == kind));
    }

    [Theory]
    [MemberData(nameof(Writers))]
    public void Every_writer_renders_every_kind_of_the_shared_fixture(string format)
    {
        IDocumentWriter writer = format switch { "html" => new HtmlWriter(), "pdf" => new HandoutPdfWriter(), _ => new DocxWriter() };
        var document = DocxTestDocuments.EveryNode();
        using var output = new MemoryStream();

        writer.Write(document, HtmlTestDocuments.Context(document), output);

        Assert.True(output.Length > 1000);
        Assert.Contains("Every node", NativeDump.Write(document), StringComparison.Ordinal);
        Assert.NotEmpty(HandoutComposer.Compose(document, HtmlTestDocuments.Context(document)).Body);
    }

    [Fact]
    public void Documents_with_equal_content_are_equal_whatever_the_list_instances()
    {
        Assert.Equal(DocxTestDocuments.EveryNode(), DocxTestDocuments.EveryNode());
        Assert.Equal(DocxTestDocuments.EveryNode().GetHashCode(), DocxTestDocuments.EveryNode().GetHashCode());
        Assert.Equal(new Paragraph([new Text("a")]), new Paragraph(ImmutableArray.Create<Inline>(new Text("a"))));
        Assert.Equal(new Paragraph([]), new Paragraph(default));
        Assert.NotEqual(new Paragraph([new Text("a")]), new Paragraph([new Text("b")]));
        Assert.NotEqual<Block>(new Paragraph([new Text("a")]) { SourceLine = 1 }, new Paragraph([new Text("a")]) { SourceLine = 2 });
        Assert.NotEqual(new BulletList([[new Paragraph([new Text("a")])]]), new BulletList([[new Paragraph([new Text("a")])], []]));
    }

    [Fact]
    public void Metadata_equality_covers_every_property()
    {
        var baseline = DocxTestDocuments.EveryNode().Metadata;
        foreach (var property in typeof(Metadata).GetProperties().Where(p => p.CanWrite))
        {
            var changed = baseline with { };
            property.SetValue(changed, Different(property.PropertyType, property.GetValue(baseline)));
            Assert.False(baseline.Equals(changed), $"Metadata.Equals ignores {property.Name}");
        }
    }

    private static object? Different(Type type, object? value) => type switch
    {
        _ when type == typeof(string) => (value as string) + "x",
        _ when type == typeof(DateOnly?) => value is DateOnly d ? d.AddDays(1) : new DateOnly(2020, 1, 1),
        _ when type == typeof(int?) => value is int n ? n + 1 : 1,
        _ when type == typeof(ImmutableArray<string>) => ((ImmutableArray<string>)value!).Add("x"),
        _ when type == typeof(Provenance) => new Provenance("other.md", "b"),
        _ => throw new InvalidOperationException($"the test cannot vary a Metadata property of type {type.Name}: teach it, and Metadata.Equals"),
    };

    private static Type[] Kinds(Type baseKind) =>
        [.. baseKind.Assembly.GetTypes().Where(t => baseKind.IsAssignableFrom(t) && !t.IsAbstract)];
}
