namespace AcneBotox.Core.Model;

/// <summary>A block-level element of the body.</summary>
/// <remarks>
/// The set of kinds is closed: only this assembly can add one (the constructor is private protected), and
/// every writer's every-node test fails on a kind it does not render.
/// </remarks>
public abstract record Block
{
    private protected Block()
    {
    }

    /// <summary>1-based line in the source file where the block starts, when the reader knows it.</summary>
    public int? SourceLine { get; init; }
}
