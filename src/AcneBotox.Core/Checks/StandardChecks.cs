using AcneBotox.Core.Checks.Language;
using AcneBotox.Core.Checks.PlainLanguage;
using AcneBotox.Core.Checks.Readability;
using AcneBotox.Core.Checks.HandoutStructure;

namespace AcneBotox.Core.Checks;

/// <summary>The checks every export and <c>acnebotox check</c> run, in report order.</summary>
public static class StandardChecks
{
    /// <summary>New instances of the standard checks.</summary>
    public static IEnumerable<IDocumentCheck> All() =>
    [
        new ReadabilityCheck(),
        new StructureCheck(),
        new PlainLanguageCheck(),
        new LanguageCheck(),
    ];
}
