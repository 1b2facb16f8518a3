namespace AcneBotox.Core.Readers.Markdown.FrontMatter;

/// <summary>A YAML mapping, keys in document order.</summary>
internal sealed record FrontMatterMap(List<KeyValuePair<FrontMatterNode, FrontMatterNode>> Entries, long Size, int Line) : FrontMatterNode(Line)
{
    public override long ExpandedSize => Size;

    public override string KindName => "a mapping";
}
