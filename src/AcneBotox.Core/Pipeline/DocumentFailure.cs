using AcneBotox.Core.Diagnostics;

namespace AcneBotox.Core.Pipeline;

/// <summary>
/// The one failure ladder: how an exception escaping one document's read, check or render becomes that
/// document's error. Export, check and the batch all use it, so the same input fails the same way in each
/// (the copies had drifted: <c>check</c> had no <c>input.too-complex</c>).
/// </summary>
public static class DocumentFailure
{
    /// <summary>The rule id of the error a document gets when AcneBotox itself fails on it.</summary>
    public const string InternalErrorRule = "internal.error";

    /// <summary>The error diagnostic for <paramref name="failure"/> while handling <paramref name="sourcePath"/>.</summary>
    public static Diagnostic Diagnose(Exception failure, string sourcePath)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return failure switch
        {
            // The input's own problem, already worded with file and line.
            DocumentException document => document.Diagnostic,
            IOException or UnauthorizedAccessException => new Diagnostic(Severity.Error, "io.error", OneLine(failure.Message), sourcePath,
                Suggestion: "check that the file and the output folder are readable and writable"),
            // Limits we could not foresee in a reader or writer: the input is too big or too deep, not wrong.
            OutOfMemoryException or InsufficientExecutionStackException => new Diagnostic(Severity.Error, "input.too-complex",
                $"the document is too large or too deeply nested to process ({failure.GetType().Name})", sourcePath,
                Suggestion: "split the article or flatten its nesting"),
            // Our bug, not the user's: this document fails with a one-line message and the others go on.
            _ => new Diagnostic(Severity.Error, InternalErrorRule,
                $"internal error: {failure.GetType().Name}: {OneLine(failure.Message)}", sourcePath,
                Suggestion: "this is a bug in AcneBotox; please report it with the input file (run with --verbose for details)"),
        };
    }

    /// <summary>The exception worth showing under <c>--verbose</c>: the cause behind a document error, else the failure itself.</summary>
    public static Exception? Detail(Exception failure) => failure is DocumentException document ? document.InnerException : failure;

    private static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
