using System.Text.Json;

namespace AcneBotox.Tests.Batch;

/// <summary>Reads a <c>--report</c> file back for assertions.</summary>
public static class RunReport
{
    /// <summary>The parsed report.</summary>
    public static JsonDocument Load(string path) => JsonDocument.Parse(File.ReadAllText(path));

    /// <summary>Each document's source file name mapped to its status.</summary>
    public static Dictionary<string, string> Statuses(string path)
    {
        using var report = Load(path);
        return report.RootElement.GetProperty("documents").EnumerateArray().ToDictionary(
            d => Path.GetFileName(d.GetProperty("source").GetString()!),
            d => d.GetProperty("status").GetString()!);
    }
}
