namespace AcneBotox.Core.Readers.Markdown.FrontMatter;

/// <summary>
/// A YAML node of the front matter. Aliases share the node they point to instead of copying it,
/// so a "billion laughs" document costs no memory; its expanded size is still counted and bounded.
/// </summary>
/// <param name="Line">1-based line in the Markdown file.</param>
internal abstract record FrontMatterNode(int Line)
{
    /// <summary>How many nodes this one stands for with every alias expanded (saturating).</summary>
    public abstract long ExpandedSize { get; }

    /// <summary>What the node is, for "must be text, not a list" messages.</summary>
    public abstract string KindName { get; }
}
