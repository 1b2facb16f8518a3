namespace AcneBotox.Core.Yaml;

/// <summary>A YAML scalar.</summary>
/// <param name="Value">The scalar's text.</param>
/// <param name="IsNull">A plain <c>~</c>, <c>null</c> or empty value: the key counts as absent.</param>
/// <param name="Line">1-based line in the file.</param>
public sealed record YamlText(string Value, bool IsNull, int Line) : YamlValue(Line)
{
    /// <inheritdoc/>
    public override long ExpandedSize => 1;

    /// <inheritdoc/>
    public override string KindName => "text";
}
