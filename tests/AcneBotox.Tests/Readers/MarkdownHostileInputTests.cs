using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Readers.Markdown;

namespace AcneBotox.Tests.Readers;

public class MarkdownHostileInputTests
{
    private static DocumentException? TryRead(string text)
    {
        try
        {
            ReaderHarness.Read(new MarkdownReader(), "hostile.md", text);
            return null;
        }
        catch (DocumentException e)
        {
            return e;
        }
    }

    public static TheoryData<string, string> DeepInputs => new()
    {
        { "quotes", "# T\n\n" + new string('>', 10_000) + " deep\n" },
        { "bullet lists", "# T\n\n" + string.Concat(Enumerable.Repeat("- ", 10_000)) + "item\n" },
        { "numbered lists", "# T\n\n" + string.Concat(Enumerable.Repeat("1. ", 10_000)) + "item\n" },
        { "quoted lists", "# T\n\n" + string.Concat(Enumerable.Repeat("> - ", 10_000)) + "item\n" },
        { "emphasis", "# T\n\n" + new string('*', 10_000) + "x" + new string('*', 10_000) + "\n" },
        { "html", "# T\n\n<div>" + string.Concat(Enumerable.Repeat("<div>", 10_000)) + "x\n" },
        { "inline html", "# T\n\nx " + string.Concat(Enumerable.Repeat("<em>", 10_000)) + "x\n" },
        { "yaml", "---\ntitle: " + new string('[', 10_000) + "\n---\n# T\n" },
    };

    // Reaching the assertion at all proves there was no stack overflow (which would kill the test host).
    [Theory]
    [MemberData(nameof(DeepInputs))]
    public void Deep_nesting_is_rejected_with_a_clear_error_never_a_stack_overflow(string name, string text)
    {
        var error = TryRead(text);
        Assert.NotNull(error);
        Assert.Equal(Severity.Error, error.Diagnostic.Severity);
        Assert.Equal("hostile.md", error.Diagnostic.Path);
        Assert.Contains("nest", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.False(string.IsNullOrEmpty(name));
    }

    [Fact]
    public void Deeply_nested_brackets_are_plain_text_not_an_error()
    {
        Assert.Null(TryRead("# T\n\n" + new string('[', 10_000) + "x" + new string(']', 10_000) + "\n"));
    }
}
