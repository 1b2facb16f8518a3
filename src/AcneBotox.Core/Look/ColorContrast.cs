using System.Globalization;

namespace AcneBotox.Core.Look;

/// <summary>WCAG 2.1 relative luminance and contrast ratio for <c>#RRGGBB</c> colours.</summary>
public static class ColorContrast
{
    /// <summary>Parses <c>#RRGGBB</c>; <c>null</c> when the text is not in that form.</summary>
    public static (byte R, byte G, byte B)? Parse(string? hex)
    {
        if (hex is not { Length: 7 } || hex[0] != '#') return null;
        if (!int.TryParse(hex.AsSpan(1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
            return null;
        return ((byte)(value >> 16), (byte)(value >> 8), (byte)value);
    }

    /// <summary>Formats a colour as upper-case <c>#RRGGBB</c>.</summary>
    public static string Format((byte R, byte G, byte B) color) =>
        string.Create(CultureInfo.InvariantCulture, $"#{color.R:X2}{color.G:X2}{color.B:X2}");

    /// <summary>The WCAG relative luminance, 0 (black) to 1 (white).</summary>
    public static double Luminance((byte R, byte G, byte B) color) =>
        (0.2126 * Channel(color.R)) + (0.7152 * Channel(color.G)) + (0.0722 * Channel(color.B));

    /// <summary>The WCAG contrast ratio between two colours, 1 to 21.</summary>
    public static double Ratio((byte R, byte G, byte B) a, (byte R, byte G, byte B) b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    /// <summary>
    /// The colour itself when it reaches <paramref name="minimumRatio"/> against <paramref name="background"/>,
    /// else the lightest darker shade of the same hue that does.
    /// </summary>
    public static (byte R, byte G, byte B) DarkenUntil((byte R, byte G, byte B) color, (byte R, byte G, byte B) background, double minimumRatio) =>
        DarkenUntil(color, [background], minimumRatio);

    /// <summary>
    /// The colour itself when it reaches <paramref name="minimumRatio"/> against every one of <paramref name="backgrounds"/>,
    /// else the lightest darker shade of the same hue that does.
    /// </summary>
    public static (byte R, byte G, byte B) DarkenUntil((byte R, byte G, byte B) color, IReadOnlyList<(byte R, byte G, byte B)> backgrounds, double minimumRatio)
    {
        ArgumentNullException.ThrowIfNull(backgrounds);
        for (var step = 0; step <= 100; step++)
        {
            var factor = 1 - (step / 100.0);
            var shade = ((byte)Math.Round(color.R * factor), (byte)Math.Round(color.G * factor), (byte)Math.Round(color.B * factor));
            if (backgrounds.All(background => Ratio(shade, background) >= minimumRatio)) return shade;
        }
        return (0, 0, 0);
    }

    /// <summary>
    /// The colour itself when it reaches <paramref name="minimumRatio"/> against every one of <paramref name="backgrounds"/>
    /// (dark ones), else the darkest lighter tint of the same hue that does.
    /// </summary>
    public static (byte R, byte G, byte B) LightenUntil((byte R, byte G, byte B) color, IReadOnlyList<(byte R, byte G, byte B)> backgrounds, double minimumRatio)
    {
        ArgumentNullException.ThrowIfNull(backgrounds);
        for (var step = 0; step <= 100; step++)
        {
            var shade = Tint(color, 1 - (step / 100.0));
            if (backgrounds.All(background => Ratio(shade, background) >= minimumRatio)) return shade;
        }
        return (255, 255, 255);
    }

    /// <summary>Mixes <paramref name="color"/> into <paramref name="background"/>; <paramref name="amount"/> 0 gives the background.</summary>
    public static (byte R, byte G, byte B) Blend((byte R, byte G, byte B) color, (byte R, byte G, byte B) background, double amount)
    {
        static byte Channel(byte c, byte b, double a) => (byte)Math.Round(b + ((c - b) * a));
        return (Channel(color.R, background.R, amount), Channel(color.G, background.G, amount), Channel(color.B, background.B, amount));
    }

    /// <summary>The contrast ratio between two <c>#RRGGBB</c> colours.</summary>
    public static double Ratio(string a, string b) =>
        Ratio(Parse(a) ?? throw new ArgumentException($"'{a}' is not #RRGGBB", nameof(a)),
              Parse(b) ?? throw new ArgumentException($"'{b}' is not #RRGGBB", nameof(b)));

    /// <summary>Mixes <paramref name="color"/> into white; <paramref name="amount"/> 0 gives white, 1 the colour.</summary>
    public static (byte R, byte G, byte B) Tint((byte R, byte G, byte B) color, double amount) =>
        (Mix(color.R, amount), Mix(color.G, amount), Mix(color.B, amount));

    private static double Channel(byte value)
    {
        var c = value / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }

    private static byte Mix(byte channel, double amount) => (byte)Math.Round(255 - ((255 - channel) * amount));
}
