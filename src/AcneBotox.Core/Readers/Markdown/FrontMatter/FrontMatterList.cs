namespace AcneBotox.Core.Readers.Markdown.FrontMatter;

/// <summary>A YAML sequence.</summary>
internal sealed record FrontMatterList(List<FrontMatterNode> Items, long Size, int Line) : FrontMatterNode(Line)
{
    public override long ExpandedSize => Size;

    public override string KindName => "a list";
}
