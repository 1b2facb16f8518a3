using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;

namespace AcneBotox.Docx;

/// <summary>
/// Real Word numbering for lists: one abstract definition for bullets and one for numbers, nine nested
/// levels each. Bullet lists share one instance; every numbered list gets its own instance so it
/// restarts at its own first number.
/// </summary>
internal sealed class DocxNumbering
{
    /// <summary>How deep list nesting goes in Word; deeper model lists stay at the last level.</summary>
    public const int MaxLevel = 8;

    /// <summary>How far the marker hangs left of the item text, in twips.</summary>
    public const int Hanging = 360;

    private const int BulletAbstractId = 1;
    private const int DecimalAbstractId = 2;
    private const int BulletInstanceId = 1;
    private static readonly string[] BulletGlyphs = ["\u2022", "\u25E6", "\u25AA"];
    private static readonly NumberFormatValues[] DecimalFormats =
        [NumberFormatValues.Decimal, NumberFormatValues.LowerLetter, NumberFormatValues.LowerRoman];

    private readonly List<(int Id, int Level, int Start)> _orderedInstances = [];

    /// <summary>True once any list used numbering (the part is only written then).</summary>
    public bool IsUsed { get; private set; }

    /// <summary>The numbering instance for a bullet list.</summary>
    public int Bullets()
    {
        IsUsed = true;
        return BulletInstanceId;
    }

    /// <summary>A fresh numbering instance for a numbered list at <paramref name="level"/> starting at <paramref name="start"/>.</summary>
    public int Numbered(int level, int start)
    {
        IsUsed = true;
        var id = BulletInstanceId + 1 + _orderedInstances.Count;
        _orderedInstances.Add((id, Math.Clamp(level, 0, MaxLevel), Math.Max(0, start)));
        return id;
    }

    /// <summary>The <c>numbering.xml</c> root.</summary>
    public Numbering Build()
    {
        var numbering = new Numbering(
            Abstract(BulletAbstractId, "Handout Bullets", level => (NumberFormatValues.Bullet, BulletGlyphs[level % BulletGlyphs.Length])),
            Abstract(DecimalAbstractId, "Handout Numbers", level =>
                (DecimalFormats[level % DecimalFormats.Length], "%" + (level + 1).ToString(CultureInfo.InvariantCulture) + ".")));
        numbering.Append(new NumberingInstance(new AbstractNumId { Val = BulletAbstractId }) { NumberID = BulletInstanceId });
        foreach (var (id, level, start) in _orderedInstances)
        {
            numbering.Append(new NumberingInstance(
                new AbstractNumId { Val = DecimalAbstractId },
                new LevelOverride(new StartOverrideNumberingValue { Val = start }) { LevelIndex = level })
            { NumberID = id });
        }
        return numbering;
    }

    /// <summary>The left indent, in twips, of text at a list level (hanging numbers sit 360 twips left of it).</summary>
    public static int TextIndent(int level) => 720 + 360 * Math.Clamp(level, 0, MaxLevel);

    private static AbstractNum Abstract(int id, string name, Func<int, (NumberFormatValues Format, string Text)> look)
    {
        var abstractNum = new AbstractNum(
            new MultiLevelType { Val = MultiLevelValues.HybridMultilevel },
            new AbstractNumDefinitionName { Val = name })
        { AbstractNumberId = id };
        for (var level = 0; level <= MaxLevel; level++)
        {
            var (format, text) = look(level);
            abstractNum.Append(new Level(
                new StartNumberingValue { Val = 1 },
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
