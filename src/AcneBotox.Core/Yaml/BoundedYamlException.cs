namespace AcneBotox.Core.Yaml;

/// <summary>
/// Why <see cref="BoundedYamlParser"/> refused a YAML text: a message and the file line. Callers turn it
/// into their own error kind (a document error for front matter, a usage error for settings).
/// </summary>
public sealed class BoundedYamlException : Exception
{
    /// <summary>Creates the problem.</summary>
    /// <param name="message">What is wrong, in plain words (no file or line: the caller adds them).</param>
    /// <param name="line">1-based line in the file.</param>
    /// <param name="suggestion">What to do, when the parser knows better than the caller.</param>
    /// <param name="inner">The YamlDotNet exception behind it, if any.</param>
    public BoundedYamlException(string message, int line, string? suggestion = null, Exception? inner = null) : base(message, inner)
    {
        Line = line;
        Suggestion = suggestion;
    }

    /// <summary>1-based line in the file.</summary>
    public int Line { get; }

    /// <summary>What to do, when the parser has a specific hint.</summary>
    public string? Suggestion { get; }
}
