namespace AcneBotox.Cli.Preview;

/// <summary>The page's script and style sheet, embedded in the tool (Preview/Assets), so the page needs nothing from the network.</summary>
internal static class PreviewAssets
{
    /// <summary>preview.js: the self-refresh on server-sent events.</summary>
    public static string Script { get; } = Read("preview.js");

    /// <summary>preview.css.</summary>
    public static string StyleSheet { get; } = Read("preview.css");

    private static string Read(string name)
    {
        using var stream = typeof(PreviewAssets).Assembly.GetManifestResourceStream("AcneBotox.Cli.Preview." + name)
            ?? throw new InvalidOperationException($"the preview's {name} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
