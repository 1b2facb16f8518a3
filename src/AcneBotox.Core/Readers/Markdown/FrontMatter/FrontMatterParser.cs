using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Yaml;

namespace AcneBotox.Core.Readers.Markdown.FrontMatter;

/// <summary>
/// Parses front-matter YAML with the shared <see cref="BoundedYamlParser"/> (alias expansion, nesting
/// depth and total events bounded, the same limits as <c>handout.yml</c>). Every problem is a
/// <see cref="DocumentException"/> with file and line.
/// </summary>
internal sealed class FrontMatterParser
{
    private const string Rule = "front-matter.invalid";

    private readonly string _path;
    private readonly int _firstLine;

    /// <param name="path">The Markdown file, for messages.</param>
    /// <param name="firstLine">The file line the YAML text starts on.</param>
    public FrontMatterParser(string path, int firstLine)
    {
        _path = path;
        _firstLine = firstLine;
    }

    /// <summary>The root node, or null for empty front matter.</summary>
    public YamlValue? Parse(string yaml)
    {
        try
        {
            return new BoundedYamlParser(_firstLine, "front matter").Parse(yaml);
        }
        catch (BoundedYamlException problem)
        {
            throw new DocumentException(new Diagnostic(Severity.Error, Rule, problem.Message, _path, problem.Line,
                problem.Suggestion ?? "fix the YAML between the '---' lines at the top of the file"), problem.InnerException);
        }
    }
}
