using System.Text.Json;

namespace AcneBotox.Conformance.Tests.Print;

/// <summary>One structure element of a tagged PDF: its standard type (role map applied) and its child elements.</summary>
internal sealed record StructElement(string Type, IReadOnlyList<StructElement> Kids)
{
    /// <summary>This element and all below it, depth first.</summary>
    public IEnumerable<StructElement> Descendants() => Kids.SelectMany(k => k.Descendants().Prepend(k));

    /// <summary>The lists that are not inside another list.</summary>
    public IEnumerable<StructElement> TopLevelLists() => Type == "L" ? [this] : Kids.SelectMany(k => k.TopLevelLists());

    /// <summary>A list's outline, items and the lists nested in them: "L(LI,LI(L(LI,LI)),LI)".</summary>
    public string ListShape() => "L(" + string.Join(",", Kids.Where(k => k.Type == "LI").Select(item =>
    {
        var nested = item.Kids.SelectMany(k => k.TopLevelLists()).ToList();
        return nested.Count == 0 ? "LI" : "LI(" + string.Join(",", nested.Select(n => n.ListShape())) + ")";
    })) + ")";
}

/// <summary>Reads the structure tree of a tagged PDF through qpdf's JSON dump (qpdf, not our code, parses the file).</summary>
internal static class PdfStructureTree
{
    public static StructElement Read(string pdf)
    {
        var qpdf = RealClient.Require("qpdf", "apt-get install qpdf");
        var outcome = RealClient.Run(qpdf, ["--json=2", "--json-key=qpdf", pdf]);
        Assert.True(outcome.ExitCode is 0 or 3, $"qpdf --json failed on {pdf}: {outcome.StandardError}");
        using var json = JsonDocument.Parse(outcome.StandardOutput);
        var objects = json.RootElement.GetProperty("qpdf")[1];
        JsonElement Resolve(JsonElement value)
        {
            for (var depth = 0; depth < 50 && value.ValueKind == JsonValueKind.String && value.GetString()!.EndsWith(" R", StringComparison.Ordinal); depth++)
            {
                var entry = objects.GetProperty("obj:" + value.GetString());
                value = entry.TryGetProperty("value", out var v) ? v : entry.GetProperty("stream").GetProperty("dict");
            }
            return value;
        }
        var root = Resolve(objects.GetProperty("trailer").GetProperty("value").GetProperty("/Root"));
        Assert.True(root.TryGetProperty("/StructTreeRoot", out var treeRef), $"{pdf} has no structure tree (not tagged)");
        var tree = Resolve(treeRef);
        var roles = new Dictionary<string, string>(StringComparer.Ordinal);
        if (tree.TryGetProperty("/RoleMap", out var roleMap))
            foreach (var role in Resolve(roleMap).EnumerateObject()) roles[role.Name] = Resolve(role.Value).GetString()!;

        var seen = new HashSet<string>(StringComparer.Ordinal);
        IReadOnlyList<StructElement> Kids(JsonElement k, int depth)
        {
            if (depth > 200) return [];
            if (k.ValueKind == JsonValueKind.String && k.GetString()!.EndsWith(" R", StringComparison.Ordinal) && !seen.Add(k.GetString()!)) return [];
            var value = Resolve(k);
            if (value.ValueKind == JsonValueKind.Array) return [.. value.EnumerateArray().SelectMany(item => Kids(item, depth + 1))];
            if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty("/S", out var s)) return [];
            var type = s.GetString()!;
            for (var i = 0; i < 10 && roles.TryGetValue(type, out var standard); i++) type = standard;
            var children = value.TryGetProperty("/K", out var kids) ? Kids(kids, depth + 1) : [];
            return [new StructElement(type.TrimStart('/'), children)];
        }
        return new StructElement("StructTreeRoot", tree.TryGetProperty("/K", out var top) ? Kids(top, 0) : []);
    }
}
