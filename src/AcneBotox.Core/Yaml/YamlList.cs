namespace AcneBotox.Core.Yaml;

/// <summary>A YAML sequence.</summary>
/// <param name="Items">The items, in document order.</param>
/// <param name="Size">Nodes it stands for with aliases expanded.</param>
/// <param name="Line">1-based line in the file.</param>
public sealed record YamlList(IReadOnlyList<YamlValue> Items, long Size, int Line) : YamlValue(Line)
{
    /// <inheritdoc/>
    public override long ExpandedSize => Size;

    /// <inheritdoc/>
    public override string KindName => "a list";
}
