namespace AcneBotox.Core.Model;

/// <summary>A block-level element of the body.</summary>
public abstract record Block
{
    /// <summary>1-based line in the source file where the block starts, when the reader knows it.</summary>
    public int? SourceLine { get; init; }
}
