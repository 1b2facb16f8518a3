namespace AcneBotox.Core.Diagnostics;

/// <summary>
/// A problem with how the tool was called or with its environment (exit code 2): a missing input,
/// an output path that is a file, unreadable settings, an unknown format.
/// </summary>
public sealed class UsageException : Exception
{
    /// <summary>Creates the exception with the one-line message the user will see.</summary>
    public UsageException(string message, Exception? inner = null) : base(message, inner) { }
}
