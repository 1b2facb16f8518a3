using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace AcneBotox.Core.Yaml;

/// <summary>
/// Parses a small YAML document (front matter, <c>handout.yml</c>) into <see cref="YamlValue"/>s from
/// YamlDotNet's event stream, with hard limits so hostile YAML fails fast: alias expansion (billion
/// laughs), nesting depth and total events are bounded. Every problem is a <see cref="BoundedYamlException"/>
/// with the file line. One parser for every YAML file we read, so all of them get the same limits.
/// </summary>
public sealed class BoundedYamlParser
{
    /// <summary>Nodes a document may stand for with every alias expanded.</summary>
    public const long MaxExpandedNodes = 10_000;

    /// <summary>How deep mappings and lists may nest.</summary>
    public const int MaxDepth = 32;

    /// <summary>Parser events read before giving up (these files are a handful of keys).</summary>
    private const int MaxEvents = 100_000;

    private readonly int _firstLine;
    private readonly string _what;
    private readonly Dictionary<string, YamlValue> _anchors = new(StringComparer.Ordinal);
    private Parser _parser = null!;
    private ParsingEvent? _peeked;
    private int _lastLine;
    private int _events;
    private int _depth;

    /// <param name="firstLine">The file line the YAML text starts on (1 for a whole file).</param>
    /// <param name="what">What the YAML is, for messages ("front matter", "settings").</param>
    public BoundedYamlParser(int firstLine, string what)
    {
        _firstLine = firstLine;
        _lastLine = firstLine;
        _what = what;
    }

    /// <summary>The root node, or null for an empty document.</summary>
    /// <exception cref="BoundedYamlException">The text is malformed or over a limit.</exception>
    public YamlValue? Parse(string yaml)
    {
        try
        {
            _parser = new Parser(new StringReader(yaml));
            Expect<StreamStart>();
            if (Accept<StreamEnd>()) return null;
            Expect<DocumentStart>();
            var root = Accept<DocumentEnd>() ? null : ParseNode();
            if (!Accept<DocumentEnd>()) throw new BoundedYamlException($"{_what} holds more than one YAML document", LineOf(Peek()));
            if (!Accept<StreamEnd>()) throw new BoundedYamlException($"{_what} holds more than one YAML document", LineOf(Peek()));
            return root;
        }
        catch (YamlException e)
        {
            throw new BoundedYamlException($"malformed YAML: {Simplify(e.Message)}", FileLine(e.Start.Line),
                ColonHint.For(yaml, (int)Math.Min(int.MaxValue, e.Start.Line)), e);
        }
        catch (Exception e) when (e is not BoundedYamlException and not OutOfMemoryException)
        {
            // YamlDotNet's scanner throws plain exceptions on some malformed input; the last good event says roughly where.
            throw new BoundedYamlException("malformed YAML", _lastLine, inner: e);
        }
    }

    private YamlValue ParseNode()
    {
        var current = Next();
        switch (current)
        {
            case AnchorAlias alias:
                if (!_anchors.TryGetValue(alias.Value.Value, out var target))
                    throw new BoundedYamlException($"alias *{alias.Value.Value} refers to no anchor", LineOf(alias));
                return target;
            case Scalar scalar:
                var isNull = scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL";
                return Anchor(scalar, new YamlText(scalar.Value, isNull, LineOf(scalar)));
            case SequenceStart sequence:
                return Nested(sequence, () =>
                {
                    var items = new List<YamlValue>();
                    long size = 1;
                    while (!Accept<SequenceEnd>())
                    {
                        var item = ParseNode();
                        items.Add(item);
                        size = Grow(size, item, sequence);
                    }
                    return Anchor(sequence, new YamlList(items, size, LineOf(sequence)));
                });
            case MappingStart mapping:
                return Nested(mapping, () =>
                {
                    var entries = new List<KeyValuePair<YamlValue, YamlValue>>();
                    long size = 1;
                    while (!Accept<MappingEnd>())
                    {
                        var key = ParseNode();
                        var value = ParseNode();
                        entries.Add(new(key, value));
                        size = Grow(Grow(size, key, mapping), value, mapping);
                    }
                    return Anchor(mapping, new YamlMap(entries, size, LineOf(mapping)));
                });
            default:
                throw new BoundedYamlException($"unexpected YAML {current.GetType().Name}", LineOf(current));
        }
    }

    private long Grow(long size, YamlValue child, ParsingEvent owner)
    {
        var grown = size + child.ExpandedSize;
        if (grown > MaxExpandedNodes)
            throw new BoundedYamlException(
                string.Create(CultureInfo.InvariantCulture, $"YAML aliases expand to more than {MaxExpandedNodes:N0} nodes (a \"billion laughs\" document?)"),
                LineOf(owner), $"{_what} needs no anchors or aliases; write the values out");
        return grown;
    }

    private YamlValue Nested(ParsingEvent owner, Func<YamlValue> parse)
    {
        if (++_depth > MaxDepth)
            throw new BoundedYamlException(string.Create(CultureInfo.InvariantCulture, $"YAML nests deeper than {MaxDepth} levels"), LineOf(owner),
                $"{_what} keys hold text, numbers or short lists");
        var node = parse();
        _depth--;
        return node;
    }

    private YamlValue Anchor(NodeEvent nodeEvent, YamlValue node)
    {
        if (!nodeEvent.Anchor.IsEmpty) _anchors[nodeEvent.Anchor.Value] = node;
        return node;
    }

    private ParsingEvent Peek()
    {
        if (_peeked is not null) return _peeked;
        if (++_events > MaxEvents) throw new BoundedYamlException($"{_what} is too large", _firstLine);
        if (!_parser.MoveNext()) throw new BoundedYamlException("YAML ends unexpectedly", _lastLine);
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
        if (current is not T) throw new BoundedYamlException($"unexpected YAML {current.GetType().Name}", LineOf(current));
    }

    private bool Accept<T>() where T : ParsingEvent
    {
        if (Peek() is not T) return false;
        _peeked = null;
        return true;
    }

    private int LineOf(ParsingEvent parsingEvent) => FileLine(parsingEvent.Start.Line);

    private int FileLine(long yamlLine) => _firstLine + (int)Math.Min(int.MaxValue / 2, Math.Max(1, yamlLine)) - 1;

    // YamlDotNet prefixes messages with "(Line: 2, Col: 5, Idx: 9) - (Line: ...): "; the caller gives the line.
    private static string Simplify(string message)
    {
        var marker = message.LastIndexOf("): ", StringComparison.Ordinal);
        return marker >= 0 ? message[(marker + 3)..] : message;
    }
}
