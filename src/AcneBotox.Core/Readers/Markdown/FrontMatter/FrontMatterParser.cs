using AcneBotox.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace AcneBotox.Core.Readers.Markdown.FrontMatter;

/// <summary>
/// Parses front-matter YAML into <see cref="FrontMatterNode"/>s from YamlDotNet's event stream,
/// with hard limits so hostile YAML fails fast: alias expansion (billion laughs), nesting depth
/// and total events are bounded. Every problem is a <see cref="DocumentException"/> with file and line.
/// </summary>
internal sealed class FrontMatterParser
{
    /// <summary>Nodes a document may stand for with every alias expanded.</summary>
    public const long MaxExpandedNodes = 10_000;

    /// <summary>How deep mappings and lists may nest.</summary>
    public const int MaxDepth = 32;

    /// <summary>Parser events read before giving up (front matter is a handful of keys).</summary>
    private const int MaxEvents = 100_000;

    private const string Rule = "front-matter.invalid";

    private readonly string _path;
    private readonly int _firstLine;
    private readonly Dictionary<string, FrontMatterNode> _anchors = new(StringComparer.Ordinal);
    private Parser _parser = null!;
    private ParsingEvent? _peeked;
    private int _lastLine;
    private int _events;
    private int _depth;

    /// <param name="path">The Markdown file, for messages.</param>
    /// <param name="firstLine">The file line the YAML text starts on.</param>
    public FrontMatterParser(string path, int firstLine)
    {
        _path = path;
        _firstLine = firstLine;
        _lastLine = firstLine;
    }

    /// <summary>The root node, or null for empty front matter.</summary>
    public FrontMatterNode? Parse(string yaml)
    {
        try
        {
            _parser = new Parser(new StringReader(yaml));
            Expect<StreamStart>();
            if (Accept<StreamEnd>()) return null;
            Expect<DocumentStart>();
            var root = Accept<DocumentEnd>() ? null : ParseNode();
            if (!Accept<DocumentEnd>()) throw Error("front matter holds more than one YAML document", LineOf(Peek()));
            return root;
        }
        catch (YamlException e)
        {
            throw Error($"malformed YAML: {Simplify(e.Message)}", FileLine(e.Start.Line), e);
        }
        catch (Exception e) when (e is not DocumentException and not OutOfMemoryException)
        {
            // YamlDotNet's scanner throws plain exceptions on some malformed input; the last good event says roughly where.
            throw Error("malformed YAML", _lastLine, e);
        }
    }

    private FrontMatterNode ParseNode()
    {
        var current = Next();
        switch (current)
        {
            case AnchorAlias alias:
                if (!_anchors.TryGetValue(alias.Value.Value, out var target))
                    throw Error($"alias *{alias.Value.Value} refers to no anchor", LineOf(alias));
                return target;
            case Scalar scalar:
                var isNull = scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL";
                return Anchor(scalar, new FrontMatterScalar(scalar.Value, isNull, LineOf(scalar)));
            case SequenceStart sequence:
                return Nested(sequence, () =>
                {
                    var items = new List<FrontMatterNode>();
                    long size = 1;
                    while (!Accept<SequenceEnd>())
                    {
                        var item = ParseNode();
                        items.Add(item);
                        size = Grow(size, item, sequence);
                    }
                    return Anchor(sequence, new FrontMatterList(items, size, LineOf(sequence)));
                });
            case MappingStart mapping:
                return Nested(mapping, () =>
                {
                    var entries = new List<KeyValuePair<FrontMatterNode, FrontMatterNode>>();
                    long size = 1;
                    while (!Accept<MappingEnd>())
                    {
                        var key = ParseNode();
                        var value = ParseNode();
                        entries.Add(new(key, value));
                        size = Grow(Grow(size, key, mapping), value, mapping);
                    }
                    return Anchor(mapping, new FrontMatterMap(entries, size, LineOf(mapping)));
                });
            default:
                throw Error($"unexpected YAML {current.GetType().Name}", LineOf(current));
        }
    }

    private long Grow(long size, FrontMatterNode child, ParsingEvent owner)
    {
        var grown = size + child.ExpandedSize;
        if (grown > MaxExpandedNodes)
            throw Error($"YAML aliases expand to more than {MaxExpandedNodes:N0} nodes (a \"billion laughs\" document?)", LineOf(owner),
                suggestion: "front matter needs no anchors or aliases; write the values out");
        return grown;
    }

    private FrontMatterNode Nested(ParsingEvent owner, Func<FrontMatterNode> parse)
    {
        if (++_depth > MaxDepth)
            throw Error($"YAML nests deeper than {MaxDepth} levels", LineOf(owner), suggestion: "front matter keys hold text, dates or lists of text");
        var node = parse();
        _depth--;
        return node;
    }

    private FrontMatterNode Anchor(NodeEvent nodeEvent, FrontMatterNode node)
    {
        if (!nodeEvent.Anchor.IsEmpty) _anchors[nodeEvent.Anchor.Value] = node;
        return node;
    }

    private ParsingEvent Peek()
    {
        if (_peeked is not null) return _peeked;
        if (++_events > MaxEvents) throw Error("front matter is too large", _firstLine);
        if (!_parser.MoveNext()) throw Error("YAML ends unexpectedly", _firstLine);
        _peeked = _parser.Current!;
        _lastLine = LineOf(_peeked);
        return _peeked;
    }

    private ParsingEvent Next()
    {
        var next = Peek();
        _peeked = null;
        return next;
    }

    private void Expect<T>() where T : ParsingEvent
    {
        var current = Next();
        if (current is not T) throw Error($"unexpected YAML {current.GetType().Name}", LineOf(current));
    }

    private bool Accept<T>() where T : ParsingEvent
    {
        if (Peek() is not T) return false;
        _peeked = null;
        return true;
    }

    private int LineOf(ParsingEvent parsingEvent) => FileLine(parsingEvent.Start.Line);

    private int FileLine(long yamlLine) => _firstLine + (int)Math.Max(1, yamlLine) - 1;

    private DocumentException Error(string message, int line, Exception? inner = null, string? suggestion = null) =>
        new(new Diagnostic(Severity.Error, Rule, message, _path, line,
            suggestion ?? "fix the YAML between the '---' lines at the top of the file"), inner);

    // YamlDotNet prefixes messages with "(Line: 2, Col: 5, Idx: 9) - (Line: ...): "; we give the line ourselves.
    private static string Simplify(string message)
    {
        var marker = message.LastIndexOf("): ", StringComparison.Ordinal);
        return marker >= 0 ? message[(marker + 3)..] : message;
    }
}
