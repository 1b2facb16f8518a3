namespace AcneBotox.Core.Yaml;

/// <summary>
/// A node of a small YAML document (front matter, <c>handout.yml</c>) read by <see cref="BoundedYamlParser"/>.
/// Aliases share the node they point to instead of copying it, so a "billion laughs" document costs no
/// memory; its expanded size is still counted and bounded.
/// </summary>
/// <param name="Line">1-based line in the file the YAML came from.</param>
public abstract record YamlValue(int Line)
{
    /// <summary>How many nodes this one stands for with every alias expanded (saturating at the parser's bound).</summary>
    public abstract long ExpandedSize { get; }

    /// <summary>What the node is, for "must be text, not a list" messages.</summary>
    public abstract string KindName { get; }
}
