using AcneBotox.Core.Checks;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Model;
using AcneBotox.Core.Pipeline;
using AcneBotox.Core.Pipeline.Batch;
using AcneBotox.Core.Readers;
using AcneBotox.Core.Settings;

namespace AcneBotox.Tests.Pipeline;

/// <summary>
/// One failure ladder: whatever escapes a reader, export, check and the batch turn it into the same error
/// (rule and message) for that document, and none of them lets it escape.
/// </summary>
public sealed class FailureLadderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("acnebotox-ladder-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string, string, string> Failures => new()
    {
        { "document", "front-matter.invalid", "bad front matter" },
        { "io", "io.error", "disk on fire" },
        { "stack", "input.too-complex", "too large or too deeply nested" },
        { "memory", "input.too-complex", "too large or too deeply nested" },
        { "bug", DocumentFailure.InternalErrorRule, "internal error: InvalidOperationException: a reader bug on two lines" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Export_check_and_batch_fail_a_document_the_same_way(string kind, string rule, string message)
    {
        var toolchain = new Toolchain();
        toolchain.Readers.Add(new ThrowingReader(kind));
        var source = Path.Combine(_folder, "article.txt");
        File.WriteAllText(source, "Title\n\nBody.\n");
        var options = new ExportOptions(Path.Combine(_folder, "out"), [], new HandoutSettings());

        var exported = new DocumentExporter(toolchain, options).Export(source);
        var checkedResult = new DocumentChecker(toolchain, options).Check(source);
        var batch = new BatchRunner(toolchain, options, new BatchSettings(1, Force: true))
            .Run([BatchItem.Create(source, _folder)], new IgnoringObserver());

        var fromExport = Assert.Single(exported.Diagnostics);
        var fromCheck = Assert.Single(checkedResult.Findings);
        var fromBatch = Assert.Single(Assert.Single(batch.Results).Diagnostics);
        Assert.Equal(DocumentStatus.Failed, exported.Status);
        Assert.True(checkedResult.Failed);
        Assert.Equal(rule, fromExport.Rule);
        Assert.Contains(message, fromExport.Message, StringComparison.Ordinal);
        Assert.Equal(fromExport, fromCheck);
        Assert.Equal(fromExport, fromBatch);
    }

    [Fact]
    public void Verbose_details_are_the_cause_not_the_wrapper()
    {
        var cause = new FormatException("cause");
        Assert.Same(cause, DocumentFailure.Detail(new DocumentException(new Diagnostic(Severity.Error, "r", "m"), cause)));
        var bug = new InvalidOperationException("bug");
        Assert.Same(bug, DocumentFailure.Detail(bug));
    }

    private sealed class ThrowingReader(string kind) : IDocumentReader
    {
        public string Name => "throwing";

        public IReadOnlyList<string> Extensions { get; } = [".txt"];

        public Document Read(SourceFile source, DiagnosticBag diagnostics) => throw (kind switch
        {
            "document" => new DocumentException("front-matter.invalid", "bad front matter", source.Path, 2),
            "io" => new IOException("disk on fire"),
            "stack" => new InsufficientExecutionStackException(),
#pragma warning disable CA2201 // The ladder must handle the runtime's own exception, so the test throws it.
            "memory" => new OutOfMemoryException(),
#pragma warning restore CA2201
            _ => (Exception)new InvalidOperationException("a reader bug\non two lines"),
        });
    }

    private sealed class IgnoringObserver : IBatchObserver
    {
        public void Started(int total)
        {
        }

        public void Completed(DocumentResult result, int done)
        {
        }
    }
}
