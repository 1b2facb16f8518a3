namespace AcneBotox.Core.Yaml;

/// <summary>A YAML mapping, keys in document order (duplicates kept, for the caller to report).</summary>
/// <param name="Entries">The key/value pairs.</param>
/// <param name="Size">Nodes it stands for with aliases expanded.</param>
/// <param name="Line">1-based line in the file.</param>
public sealed record YamlMap(IReadOnlyList<KeyValuePair<YamlValue, YamlValue>> Entries, long Size, int Line) : YamlValue(Line)
{
    /// <inheritdoc/>
    public override long ExpandedSize => Size;

    /// <inheritdoc/>
    public override string KindName => "a mapping";
}
