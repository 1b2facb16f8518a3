using AcneBotox.Core.Diagnostics;

namespace AcneBotox.Tests.Diagnostics;

/// <summary>Values printed on a terminal or in a CI log are escaped: one value, one line, no escape sequences.</summary>
public sealed class ConsoleTextTests
{
    [Theory]
    [InlineData("a\nb", @"a\nb")]
    [InlineData("a\r\n::error::x", @"a\r\n::error::x")]
    [InlineData("\u001B[31mred\u001B[0m", @"\e[31mred\e[0m")]
    [InlineData("bell\u0007", @"bell\x07")]
    [InlineData("csi\u009B2J", @"csi\x9B2J")]
    [InlineData("del\u007F", @"del\x7F")]
    [InlineData("evil\u202Etxt.exe", @"evil\u202Etxt.exe")]
    [InlineData("line\u2028sep", @"line\u2028sep")]
    [InlineData("tab\there", @"tab\there")]
    [InlineData("plain café – “quotes”", "plain café – “quotes”")]
    public void Escape_shows_every_control_character_visibly(string raw, string shown) =>
        Assert.Equal(shown, ConsoleText.Escape(raw));

    [Theory]
    [InlineData("::error::forged.md", "./::error::forged.md")]
    [InlineData("-rf.md", "./-rf.md")]
    [InlineData("content/a.md", "content/a.md")]
    [InlineData("/abs/::x.md", "/abs/::x.md")]
    public void A_path_at_the_start_of_a_line_cannot_be_read_as_a_command(string path, string shown) =>
        Assert.Equal(shown, ConsoleText.Path(path));

    [Fact]
    public void A_line_never_starts_a_workflow_command()
    {
        Assert.Equal(@"\::add-mask::secret", ConsoleText.Line("  ::add-mask::secret"));
        Assert.Equal("error: x", ConsoleText.Line("error: x"));
    }

    [Fact]
    public void A_diagnostic_is_one_escaped_line_even_when_every_field_is_hostile()
    {
        var diagnostic = new Diagnostic(Severity.Warning, "r", "msg\n::error::forged\u001B[2J", "::warning::x\n.md", 3, "do\r\nthis");
        var text = diagnostic.ToString();
        Assert.DoesNotContain(text, c => ConsoleText.IsUnsafe(c));
        Assert.StartsWith("./::warning::x", text, StringComparison.Ordinal);
        Assert.Equal(@"./::warning::x\n.md:3: warning: msg\n::error::forged\e[2J (do\r\nthis)", text);
    }
}
