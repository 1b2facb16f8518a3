using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Model;
using AcneBotox.Core.Readers;
using AcneBotox.Core.Readers.Markdown;
using AcneBotox.Tests.Support;

namespace AcneBotox.Tests.Readers;

public class MarkdownReaderTests
{
    private static (Document Document, IReadOnlyList<Diagnostic> Diagnostics) Read(string text, string path = "article.md") =>
        ReaderHarness.Read(new MarkdownReader(), path, text);

    private static string Dump(string text) => ReaderHarness.DumpWithDiagnostics(Read(text).Document, Read(text).Diagnostics);

    [Fact]
    public void Fixture_with_every_node_type_matches_golden()
    {
        var (document, diagnostics) = ReaderHarness.ReadRepoFile(new MarkdownReader(), "tests/AcneBotox.Tests/Readers/Fixtures/every-node.md");
        Golden.AssertMatches("Readers/Golden/every-node.native", ReaderHarness.DumpWithDiagnostics(document, diagnostics));
    }
}
