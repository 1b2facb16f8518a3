namespace AcneBotox.Core.Pipeline.Batch;

/// <summary>One link of the index page to a handout file.</summary>
/// <param name="Label">The link text, e.g. <c>PDF</c> or <c>Large-print PDF</c>.</param>
/// <param name="RelativePath">The file's path relative to the output folder, with <c>/</c> separators (not yet URL-escaped).</param>
public sealed record IndexPageLink(string Label, string RelativePath);
