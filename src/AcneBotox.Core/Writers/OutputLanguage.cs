using AcneBotox.Core.Model;

namespace AcneBotox.Core.Writers;

/// <summary>
/// The language an output declares: the document's, else the settings'. A malformed tag (from front matter
/// or handout.yml) must not make a file say nonsense, so it is replaced, with a warning, by the first valid one.
/// </summary>
public static class OutputLanguage
{
    /// <summary>Resolves the language for one output.</summary>
    /// <param name="metadata">The document's metadata.</param>
    /// <param name="context">Settings (the default language) and where the warning goes.</param>
    /// <param name="rule">The warning's rule id, naming the writer (e.g. <c>html.language</c>).</param>
    /// <param name="output">How the warning names the output ("the page", "the document").</param>
    /// <param name="lastResort">The tag used when neither the document's nor the settings' is valid.</param>
    public static string Resolve(Metadata metadata, RenderContext context, string rule, string output, string lastResort)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(context);
        var wanted = metadata.Language ?? context.Settings.Language;
        if (LanguageTags.IsWellFormed(wanted)) return wanted;
        var fallback = LanguageTags.IsWellFormed(context.Settings.Language) ? context.Settings.Language : lastResort;
        context.Diagnostics.Warn(rule, $"language '{wanted}' is not a BCP 47 tag; {output} says '{fallback}'",
            context.SourcePath, suggestion: "use a language tag like en-US");
        return fallback;
    }
}
