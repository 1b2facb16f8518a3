using System.IO.Compression;
using System.Text;

namespace AcneBotox.Tests.LineBreaking;

/// <summary>One case of Unicode's LineBreakTest.txt: the text and the UTF-16 indices where a line may start.</summary>
internal sealed record LineBreakTestCase(int LineNumber, string Text, IReadOnlyList<int> Breaks, string Comment)
{
    /// <summary>Every case of the bundled LineBreakTest.txt (gzip), in file order.</summary>
    public static IReadOnlyList<LineBreakTestCase> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "LineBreaking", "LineBreakTest.txt.gz");
        using var stream = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var cases = new List<LineBreakTestCase>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var data = (hash < 0 ? line : line[..hash]).Trim();
            if (data.Length == 0) continue;
            var text = new StringBuilder();
            var breaks = new List<int>();
            foreach (var token in data.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (token == "÷") { if (text.Length > 0) breaks.Add(text.Length); }
                else if (token != "×") text.Append(char.ConvertFromUtf32(Convert.ToInt32(token, 16)));
            }
            cases.Add(new LineBreakTestCase(number, text.ToString(), breaks, hash < 0 ? "" : line[(hash + 1)..].Trim()));
        }
        return cases;
    }
}
