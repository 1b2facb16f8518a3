namespace AcneBotox.Core.LineBreaking;

/// <summary>
/// One character with the combining marks and joiners that follow it (rule LB9 treats them as one), as the pair rules
/// of <see cref="LineBreakOpportunities"/> see it.
/// </summary>
/// <param name="Start">UTF-16 index of the base character.</param>
/// <param name="Class">The class after rules LB1, LB9 and LB10.</param>
/// <param name="Base">The base code point.</param>
/// <param name="Last">The last code point (the base, or its last mark).</param>
/// <param name="EndsWithJoiner">True when the last code point is a zero-width joiner (rule LB8a).</param>
/// <param name="IsSouthEastAsian">True when the base is of class SA (Thai, Lao, Khmer, Myanmar).</param>
internal readonly record struct LineBreakUnit(int Start, LineBreakClass Class, int Base, int Last, bool EndsWithJoiner, bool IsSouthEastAsian);
