using System.Text;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Model;
using AcneBotox.Core.Readers;
using AcneBotox.Core.Readers.Markdown;
using AcneBotox.Core.Readers.PlainText;
using CsCheck;

namespace AcneBotox.Tests.Readers;

/// <summary>Readers never throw anything but <see cref="DocumentException"/>, whatever the input.</summary>
public class ReaderPropertyTests
{
    private static readonly IDocumentReader[] Readers = [new PlainTextReader(), new MarkdownReader()];

    // Pieces that exercise every syntax path: Markdown, front matter, raw HTML, debris, Q./A., odd whitespace.
    private static readonly Gen<string> Token = Gen.OneOf<string>(
        "# ", "## ", ">", "> [!NOTE]\n", "> [!WARNING]\n", "- ", "1. ", "  ", "*", "**", "_", "~~", "==", "^", "`", "```\n",
        "[", "](", ")", "](javascript:alert(1))", "![alt](img.png \"t\")", "<https://a.org>", "|", "|---|\n", ":::key-points\n", ":::\n",
        "---\n", "title: ", "reviewed: ", "2024-13-45", "&a ", "*a ", "[*a, *a]", "{", "}", ": ", "\"", "'",
        "<script>", "</script>", "<em>", "</em>", "<p onclick=x>", "<a href=\"java\tscript:x\">", "<img src=x onerror=y>", "<div>", "<!--", "-->",
        "&amp;", "&#0;", "\u00A0", "\u00AD", "\u200B", "\uFEFF", "\t", "\r", "\r\n", "\n", "\n\n", "\u0000", "\u2028",
        "Q. ", "A. ", "Skip to Main Content", "Advertisement", "Photo: x", "Page 2 of 3", "Introduction", "What is Botox?",
        "Acne is common.", "word", "well-", "é", "😀", "\uD800");

    private static readonly Gen<string> Texts = Gen.Frequency(
        (3, Token.Array[0, 60].Select(tokens => string.Concat(tokens))),
        (1, Gen.String));

    private static void AssertOnlyDocumentException(IDocumentReader reader, byte[] bytes)
    {
        try
        {
            var document = reader.Read(new SourceFile("fuzz" + reader.Extensions[0], bytes), new DiagnosticBag());
            Assert.False(string.IsNullOrWhiteSpace(document.Metadata.Title), "every document has a title");
            Assert.NotNull(NativeDump.Write(document));
        }
        catch (DocumentException e)
        {
            Assert.Equal("fuzz" + reader.Extensions[0], e.Diagnostic.Path);
        }
    }

    [Fact]
    public void Any_text_is_read_or_rejected_with_a_document_error() =>
        Texts.Sample(text =>
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            foreach (var reader in Readers) AssertOnlyDocumentException(reader, bytes);
        }, iter: 2_000);

    [Fact]
    public void Any_bytes_are_read_or_rejected_with_a_document_error() =>
        Gen.Frequency(
                (2, Gen.Byte.Array[0, 200]),
                (1, Gen.Byte.Array[0, 100].Select(b => (byte[])[0xFF, 0xFE, .. b])),
                (1, Gen.Byte.Array[0, 100].Select(b => (byte[])[0xFE, 0xFF, .. b])),
                (1, Gen.Byte.Array[0, 100].Select(b => (byte[])[0xEF, 0xBB, 0xBF, .. b])))
            .Sample(bytes =>
            {
                foreach (var reader in Readers) AssertOnlyDocumentException(reader, bytes);
            }, iter: 2_000);
}
