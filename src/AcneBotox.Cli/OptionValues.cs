using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace AcneBotox.Cli;

/// <summary>
/// Parsers and checks for option values, so every mistake (<c>-j abc</c>, <c>--max-input-bytes 10MB</c>,
/// <c>-o ''</c>) is a one-line usage error (exit 2) that says what is expected, never an exception.
/// </summary>
internal static class OptionValues
{
    /// <summary>Makes <paramref name="option"/> accept only a whole number from 1 to <paramref name="max"/>.</summary>
    public static void WholeNumber(Option<int> option, int max, string example) =>
        option.CustomParser = result => (int)(Parse(result, option.Name, max, example) ?? 0);

    /// <inheritdoc cref="WholeNumber(Option{int}, int, string)"/>
    public static void WholeNumber(Option<int?> option, int max, string example) =>
        option.CustomParser = result => (int?)Parse(result, option.Name, max, example);

    /// <inheritdoc cref="WholeNumber(Option{int}, int, string)"/>
    public static void WholeNumber(Option<long?> option, long max, string example) =>
        option.CustomParser = result => Parse(result, option.Name, max, example);

    /// <summary>Makes <paramref name="option"/> refuse an empty path or one holding a NUL character.</summary>
    public static void Path(Option option) => option.Validators.Add(result => Check(result, option.Name));

    /// <summary>Makes every INPUT refuse an empty path or one holding a NUL character.</summary>
    public static void Paths(Argument<string[]> argument) => argument.Validators.Add(result =>
    {
        foreach (var token in result.Tokens)
            if (Problem(token.Value) is { } problem) result.AddError($"INPUT {problem}");
    });

    private static long? Parse(ArgumentResult result, string name, long max, string example)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1 && value <= max) return value;
        result.AddError(string.Create(CultureInfo.InvariantCulture,
            $"{name} takes a whole number from 1 to {max}, written with digits only, not '{text}' (for example {name} {example})"));
        return null;
    }

    private static void Check(OptionResult result, string name)
    {
        foreach (var token in result.Tokens)
            if (Problem(token.Value) is { } problem) result.AddError($"{name} {problem}");
    }

    private static string? Problem(string path) =>
        string.IsNullOrWhiteSpace(path) ? "needs a path, not an empty text"
        : path.Contains('\0', StringComparison.Ordinal) ? "holds a NUL character, which no file name can"
        : null;
}
