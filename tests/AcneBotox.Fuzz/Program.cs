using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Readers;
using AcneBotox.Core.Readers.Markdown;
using AcneBotox.Core.Readers.PlainText;
using SharpFuzz;

// Feeds each fuzzer input to both readers. A DocumentException is the readers' contract for bad input;
// anything else escaping (or a hang AFL notices) is a finding: add the input to
// tests/AcneBotox.Tests/BadInput/Corpus/ with a row in expected.tsv, then fix the reader.
IDocumentReader[] readers = [new PlainTextReader(), new MarkdownReader()];
Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    var bytes = buffer.ToArray();
    foreach (var reader in readers)
    {
        try
        {
            reader.Read(new SourceFile("fuzz" + reader.Extensions[0], bytes), new DiagnosticBag());
        }
        catch (DocumentException)
        {
            // Expected: a clear diagnostic for bad input.
        }
    }
});
