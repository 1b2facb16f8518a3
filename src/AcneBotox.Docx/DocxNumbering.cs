using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AcneBotox.Docx;

/// <summary>
/// Real Word numbering for lists. Each top-level list is one numbering instance, and the lists nested in it
/// are levels of that same instance (ilvl 1, 2, ...), so Word, LibreOffice and a tagged PDF made from them see
/// one list with sub-lists. A level's format follows the kind of list found at that depth: numbers
/// (1., a., i.) or bullets. Lists of the same shape share one abstract definition; every instance restarts
/// at its own first number.
/// </summary>
internal sealed class DocxNumbering
{
    /// <summary>How deep list nesting goes in Word; deeper model lists stay at the last level.</summary>
    public const int MaxLevel = 8;

    /// <summary>How far the marker hangs left of the item text, in twips.</summary>
    public const int Hanging = 360;

    private static readonly string[] BulletGlyphs = ["\u2022", "\u25E6", "\u25AA"];
    private static readonly NumberFormatValues[] DecimalFormats =
        [NumberFormatValues.Decimal, NumberFormatValues.LowerLetter, NumberFormatValues.LowerRoman];

    private readonly Dictionary<string, (int Id, IReadOnlyList<ListLevel> Levels)> _abstracts = new(StringComparer.Ordinal);
    private readonly List<(int Id, int AbstractId, int? Start)> _instances = [];

    /// <summary>One level of a list's shape: numbered (from <paramref name="Start"/>) or bulleted.</summary>
    /// <param name="Ordered">Numbers rather than bullets.</param>
    /// <param name="Start">The first number of a numbered level.</param>
    public readonly record struct ListLevel(bool Ordered, int Start);

    /// <summary>True once any list used numbering (the part is only written then).</summary>
    public bool IsUsed => _instances.Count > 0;

    /// <summary>
    /// A fresh numbering instance for a top-level list whose levels (the list itself, then its nested lists by
    /// depth) have the given shape.
    /// </summary>
    public int Instance(IReadOnlyList<ListLevel> levels)
    {
        ArgumentNullException.ThrowIfNull(levels);
        var shape = Enumerable.Range(0, MaxLevel + 1)
            .Select(level => level < levels.Count ? levels[level] : new ListLevel(false, 1)).ToArray();
        var key = string.Join(",", shape.Select(l => l.Ordered ? "n" + l.Start.ToString(CultureInfo.InvariantCulture) : "b"));
        if (!_abstracts.TryGetValue(key, out var abstractNum))
        {
            abstractNum = (_abstracts.Count + 1, shape);
            _abstracts.Add(key, abstractNum);
        }
        var id = _instances.Count + 1;
        _instances.Add((id, abstractNum.Id, shape[0].Ordered ? Math.Max(0, shape[0].Start) : null));
        return id;
    }

    /// <summary>The <c>numbering.xml</c> root.</summary>
    public Numbering Build()
    {
        var numbering = new Numbering();
        foreach (var (id, levels) in _abstracts.Values.OrderBy(a => a.Id)) numbering.Append(Abstract(id, levels));
        foreach (var (id, abstractId, start) in _instances)
        {
            var instance = new NumberingInstance(new AbstractNumId { Val = abstractId }) { NumberID = id };
            // Restart at the list's own first number even when an earlier list of the same shape went on longer.
            if (start is { } first) instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = first }) { LevelIndex = 0 });
            numbering.Append(instance);
        }
        return numbering;
    }

    /// <summary>The left indent, in twips, of text at a list level (hanging numbers sit 360 twips left of it).</summary>
    public static int TextIndent(int level) => 720 + 360 * Math.Clamp(level, 0, MaxLevel);

    private static AbstractNum Abstract(int id, IReadOnlyList<ListLevel> levels)
    {
        var abstractNum = new AbstractNum(
            new MultiLevelType { Val = MultiLevelValues.HybridMultilevel },
            new AbstractNumDefinitionName { Val = "Handout List " + id.ToString(CultureInfo.InvariantCulture) })
        { AbstractNumberId = id };
        for (var level = 0; level <= MaxLevel; level++)
        {
            var (format, text) = levels[level].Ordered
                ? (DecimalFormats[level % DecimalFormats.Length], "%" + (level + 1).ToString(CultureInfo.InvariantCulture) + ".")
                : (NumberFormatValues.Bullet, BulletGlyphs[level % BulletGlyphs.Length]);
            abstractNum.Append(new Level(
                new StartNumberingValue { Val = levels[level].Ordered ? Math.Max(0, levels[level].Start) : 1 },
                new NumberingFormat { Val = format },
                new LevelText { Val = text },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation
                {
                    Left = TextIndent(level).ToString(CultureInfo.InvariantCulture),
                    Hanging = Hanging.ToString(CultureInfo.InvariantCulture),
                }))
            { LevelIndex = level });
        }
        return abstractNum;
    }
}
