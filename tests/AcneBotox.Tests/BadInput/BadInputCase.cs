namespace AcneBotox.Tests.BadInput;

/// <summary>One row of expected.tsv: a hostile input and what the CLI must do with it.</summary>
/// <param name="Name">The input's file name (in Corpus/, generated, or a special case the workspace builds).</param>
/// <param name="ExitCode">The exit code the CLI must return.</param>
/// <param name="Message">A substring standard error must contain ("-" for none required).</param>
/// <param name="Images">"none" when no output may embed an image, "some" when every output must, "-" for no claim.</param>
/// <param name="Why">What the row is about, for the reader of the table.</param>
public sealed record BadInputCase(string Name, int ExitCode, string Message, string Images, string Why)
{
    /// <summary>Shown by the test runner.</summary>
    public override string ToString() => Name;
}
