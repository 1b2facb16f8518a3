namespace AcneBotox.Tests.Support;

/// <summary>What one in-process CLI run returned and printed.</summary>
public sealed record CliOutcome(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Standard error's non-empty lines.</summary>
    public IReadOnlyList<string> ErrorLines =>
        StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
