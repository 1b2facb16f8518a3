using System.Globalization;
using AcneBotox.Core.Checks.Text;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Look;
using AcneBotox.Core.Model;
using AcneBotox.Core.Settings;

namespace AcneBotox.Core.Checks.Language;

/// <summary>
/// Warns when the text plainly reads as another language than the one declared (front matter <c>language</c>,
/// else the settings'): a Spanish article declared <c>en</c> gets English labels, an English grade formula and a
/// wrong <c>lang</c> for screen readers. The evidence is a stop-word score: the share of the words that are
/// common function words of each known language. It speaks only when one language clearly wins.
/// </summary>
public sealed class LanguageCheck : IDocumentCheck
{
    /// <summary>The rule id of the warning.</summary>
    public const string Rule = "language.mismatch";

    // Below this many words the score says little; a clear winner has this share of stop words and twice the runner-up's.
    private const int MinimumWords = 30;
    private const double MinimumShare = 0.15;

    /// <inheritdoc />
    public string Name => "language";

    /// <inheritdoc />
    public IEnumerable<Diagnostic> Run(Document document, HandoutSettings settings)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(settings);
        var declared = document.Metadata.Language ?? settings.Language;
        var detected = Detect(DocumentText.Runs(document).Select(run => run.Text));
        if (detected is not { } found || found.Language == LabelTables.PrimarySubtag(declared)) yield break;
        var where = document.Metadata.Language is null ? "the settings' language" : "the front matter's language";
        yield return new Diagnostic(Severity.Warning, Rule,
            string.Create(CultureInfo.InvariantCulture,
                $"the text reads as '{found.Language}' ({found.Share * 100:0}% of its words are common '{found.Language}' words, {found.RunnerUp * 100:0}% '{found.Other}'), but {where} is '{declared}'"),
            document.Metadata.Provenance.SourcePath, null,
            $"set 'language: {found.Language}' in the front matter if the article is in that language, so labels, readability and screen readers follow it");
    }

    /// <summary>The language the words plainly are in, or <c>null</c> when the evidence is too thin or mixed.</summary>
    public static LanguageGuess? Detect(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var counts = StopWords.ByLanguage.Keys.ToDictionary(language => language, _ => 0, StringComparer.Ordinal);
        var total = 0;
        foreach (var text in texts)
        {
            foreach (var word in WordTokenizer.Words(text))
            {
                total++;
                var lower = word.ToLowerInvariant();
                foreach (var (language, words) in StopWords.ByLanguage)
                    if (words.Contains(lower)) counts[language]++;
            }
        }
        if (total < MinimumWords) return null;
        var ranked = counts.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).ToList();
        var (best, runnerUp) = (ranked[0], ranked[1]);
        var share = (double)best.Value / total;
        if (share < MinimumShare || best.Value < 2 * runnerUp.Value) return null;
        return new LanguageGuess(best.Key, share, runnerUp.Key, (double)runnerUp.Value / total);
    }
}
