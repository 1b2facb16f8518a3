using System.Collections.Immutable;
using System.Text.RegularExpressions;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Model;
using AcneBotox.Core.Readers.Markdown.FrontMatter;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace AcneBotox.Core.Readers.Markdown;

/// <summary>
/// Reads Markdown (CommonMark, pipe tables, emphasis extras, GitHub alerts, <c>:::</c> containers)
/// with YAML front matter. Without a front-matter title a leading <c># H1</c> is the title and the
/// other headings move up so sections are level 1; with neither, the file name is the title.
/// Raw HTML is converted (safe subset) or dropped with warnings; it never passes through.
/// </summary>
public sealed partial class MarkdownReader : IDocumentReader
{
    /// <inheritdoc />
    public string Name => "markdown";

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".md", ".markdown"];

    /// <inheritdoc />
    public Document Read(SourceFile source, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var text = SourceDecoder.Decode(source, diagnostics);
        LinkScanBudget.Check(text, source.Path);
        var parsed = Parse(source, text);

        var metadata = ReadFrontMatter(source, text, parsed, diagnostics);
        var context = new ConversionContext(source.Path, diagnostics);
        var converter = new MarkdownBlockConverter(context);
        var body = parsed.Where(b => b is not (YamlFrontMatterBlock or LinkReferenceDefinitionGroup or BlankLineBlock)).ToList();

        var blocks = converter.Convert(body);

        // Decided on the model, so a leading raw-HTML <h1> counts the same as "# Title".
        var leadingH1 = blocks.FirstOrDefault() as Heading is { Level: 1 } h1 ? ModelWalker.PlainText(h1.Inlines).Trim() : null;
        if (metadata.Title.Length == 0)
        {
            if (!string.IsNullOrEmpty(leadingH1))
            {
                metadata = metadata with { Title = leadingH1 };
                blocks = blocks.RemoveAt(0);
            }
            else
            {
                metadata = metadata with
                {
                    Title = TitleFallback.FromFileName(source, diagnostics, "the file has no front-matter title and does not start with a '# Title' line",
                        1, "add 'title: ...' front matter or start the file with '# Title'"),
                };
            }
        }
        else if (string.Equals(leadingH1, metadata.Title, StringComparison.OrdinalIgnoreCase))
        {
            blocks = blocks.RemoveAt(0); // the same title twice would print twice
        }

        return new Document(metadata, PromoteHeadings(blocks));
    }

    private static MarkdownDocument Parse(SourceFile source, string text)
    {
        try
        {
            return Markdig.Markdown.Parse(text, MarkdownSyntax.Pipeline);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Markdig rejects input past its nesting limit with an exception; anything else is still the document's problem, not a crash.
            throw new DocumentException(new Diagnostic(Severity.Error, "reader.markdown", $"the Markdown could not be read: {e.Message}",
                source.Path, Suggestion: "simplify the nesting of quotes, lists and emphasis"), e);
        }
    }

    private static Metadata ReadFrontMatter(SourceFile source, string text, MarkdownDocument parsed, DiagnosticBag diagnostics)
    {
        var metadata = new Metadata { Title = "", Provenance = new Provenance(source.Path, source.Sha256) };
        var block = parsed.OfType<YamlFrontMatterBlock>().FirstOrDefault();
        if (block is null)
        {
            if (UnclosedFrontMatter().IsMatch(text))
                throw new DocumentException("front-matter.invalid", "front matter starts with '---' on line 1 but has no closing '---' line",
                    source.Path, 1, "end the front matter with a line holding only '---'");
            return metadata;
        }
        // Block.Line is the 0-based line of the opening '---'; the YAML starts on the next line.
        var firstLine = block.Line + 2;
        var root = new FrontMatterParser(source.Path, firstLine).Parse(block.Lines.ToString());
        metadata = FrontMatterMapper.Apply(root, metadata, source.Path, diagnostics);
        return metadata.Title.Trim().Length == 0 ? metadata with { Title = "" } : metadata;
    }

    // "## Section" under a "# Title" becomes level 1: sections are level 1 in every handout.
    private static ImmutableArray<Model.Block> PromoteHeadings(ImmutableArray<Model.Block> blocks)
    {
        var document = new Document(new Metadata { Title = "", Provenance = new Provenance("", "") }, blocks);
        var headings = ModelWalker.Query<Heading>(document).ToList();
        if (headings.Count == 0) return blocks;
        var shift = headings.Min(h => h.Level) - 1;
        if (shift == 0) return blocks;
        return ModelWalker.MapBlocks(document, b => b is Heading h ? h with { Level = h.Level - shift } : b).Blocks;
    }

    [GeneratedRegex(@"\A---[ \t]*\n[ \t]*[A-Za-z][A-Za-z0-9_-]*[ \t]*:", RegexOptions.CultureInvariant)]
    private static partial Regex UnclosedFrontMatter();
}
