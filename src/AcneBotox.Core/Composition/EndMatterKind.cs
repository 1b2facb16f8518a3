namespace AcneBotox.Core.Composition;

/// <summary>What an end-matter line says; writers style lines by kind, in the composition's order.</summary>
public enum EndMatterKind
{
    /// <summary>"Last reviewed ... Next review due ...".</summary>
    Review,
    /// <summary>"Reviewed by ...".</summary>
    Reviewer,
    /// <summary>"Written by ...".</summary>
    Authors,
    /// <summary>"Version ...".</summary>
    Version,
    /// <summary>The disclaimer.</summary>
    Disclaimer,
    /// <summary>How to reach the clinic.</summary>
    Contact,
    /// <summary>"Online version: ..." with the address of the handout's web page (paged formats may add a QR code).</summary>
    OnlineVersion,
}
