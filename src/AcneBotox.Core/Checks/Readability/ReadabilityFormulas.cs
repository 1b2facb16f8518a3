namespace AcneBotox.Core.Checks.Readability;

/// <summary>Which readability formulas score a document, chosen by its language.</summary>
public enum ReadabilityFormulas
{
    /// <summary>No formula is known for the language: only the structural checks run.</summary>
    None,

    /// <summary>Flesch-Kincaid grade, SMOG, Flesch Reading Ease and Coleman-Liau, with English syllables.</summary>
    English,

    /// <summary>Fernández-Huerta and Szigriszt-Pazos (read on the INFLESZ scale), with Spanish syllables.</summary>
    Spanish,
}
