namespace AcneBotox.Core.Readers.Markdown.FrontMatter;

/// <summary>A YAML scalar.</summary>
/// <param name="Value">The scalar's text.</param>
/// <param name="IsNull">A plain <c>~</c>, <c>null</c> or empty value: the key counts as absent.</param>
/// <param name="Line">1-based line in the Markdown file.</param>
internal sealed record FrontMatterScalar(string Value, bool IsNull, int Line) : FrontMatterNode(Line)
{
    public override long ExpandedSize => 1;

    public override string KindName => "text";
}
