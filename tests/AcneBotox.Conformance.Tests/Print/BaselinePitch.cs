using System.Globalization;
using System.Xml.Linq;

namespace AcneBotox.Conformance.Tests.Print;

/// <summary>
/// The distance between the baselines of consecutive lines of running text in a PDF, as poppler's
/// <c>pdftotext -bbox-layout</c> reports the lines (so a real client, not our layout, does the measuring).
/// </summary>
internal static class BaselinePitch
{
    /// <summary>The most common line pitch (to 0.1 pt) between consecutive lines of one block whose lines are all <paramref name="lineHeight"/> tall.</summary>
    public static double Measure(string pdf)
    {
        var pdftotext = RealClient.Require("pdftotext", "apt-get install poppler-utils");
        var html = Path.ChangeExtension(pdf, ".bbox.html");
        var outcome = RealClient.Run(pdftotext, ["-bbox-layout", pdf, html]);
        Assert.True(outcome.ExitCode == 0, $"pdftotext -bbox-layout failed: {outcome.StandardError}");
        // pdftotext writes XHTML: read it as XML.
        var document = XDocument.Parse(File.ReadAllText(html).Replace("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">", "", StringComparison.Ordinal));
        XNamespace x = "http://www.w3.org/1999/xhtml";
        double Attr(XElement e, string name) => double.Parse(e.Attribute(name)!.Value, CultureInfo.InvariantCulture);
        var pitches = new List<double>();
        foreach (var block in document.Descendants(x + "block"))
        {
            var lines = block.Elements(x + "line").Select(l => (Top: Attr(l, "yMin"), Bottom: Attr(l, "yMax"))).ToList();
            for (var i = 1; i < lines.Count; i++)
            {
                // Lines of the same height hold text of the same size: their bottoms are one baseline pitch apart.
                if (Math.Abs((lines[i].Bottom - lines[i].Top) - (lines[i - 1].Bottom - lines[i - 1].Top)) > 0.5) continue;
                var pitch = lines[i].Bottom - lines[i - 1].Bottom;
                if (pitch > 0) pitches.Add(Math.Round(pitch, 1));
            }
        }
        Assert.True(pitches.Count >= 5, $"too few lines of running text in {pdf} to measure ({pitches.Count})");
        return pitches.GroupBy(p => p).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
    }
}
