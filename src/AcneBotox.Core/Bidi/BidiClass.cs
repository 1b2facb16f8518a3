namespace AcneBotox.Core.Bidi;

/// <summary>The Unicode Bidi_Class property values (UAX #9, table 4), in the order the generated table numbers them.</summary>
public enum BidiClass : byte
{
    /// <summary>Left-to-right letter.</summary>
    L,
    /// <summary>Right-to-left letter (Hebrew).</summary>
    R,
    /// <summary>Arabic letter.</summary>
    AL,
    /// <summary>European number.</summary>
    EN,
    /// <summary>European number separator (plus, minus).</summary>
    ES,
    /// <summary>European number terminator (currency, percent).</summary>
    ET,
    /// <summary>Arabic number.</summary>
    AN,
    /// <summary>Common number separator (comma, colon, full stop).</summary>
    CS,
    /// <summary>Non-spacing mark.</summary>
    NSM,
    /// <summary>Boundary neutral (controls, format characters).</summary>
    BN,
    /// <summary>Paragraph separator.</summary>
    B,
    /// <summary>Segment separator (tab).</summary>
    S,
    /// <summary>White space.</summary>
    WS,
    /// <summary>Other neutral.</summary>
    ON,
    /// <summary>Left-to-right embedding.</summary>
    LRE,
    /// <summary>Left-to-right override.</summary>
    LRO,
    /// <summary>Right-to-left embedding.</summary>
    RLE,
    /// <summary>Right-to-left override.</summary>
    RLO,
    /// <summary>Pop directional format.</summary>
    PDF,
    /// <summary>Left-to-right isolate.</summary>
    LRI,
    /// <summary>Right-to-left isolate.</summary>
    RLI,
    /// <summary>First strong isolate.</summary>
    FSI,
    /// <summary>Pop directional isolate.</summary>
    PDI,
}
