using UglyToad.PdfPig.Tokens;

namespace AcneBotox.Tests.Pdf;

/// <summary>
/// Reads every indirect object of a PDF through PdfPig's parser (so text inside strings and streams stays text)
/// and reports what must never be there: actions that run code, launch programs or submit data.
/// </summary>
internal static class PdfObjectScan
{
    private static readonly HashSet<string> BannedNames = ["JavaScript", "Launch", "SubmitForm", "ImportData", "ResetForm", "RichMedia", "EmbeddedFile", "GoToR", "GoToE"];

    private static readonly HashSet<string> BannedKeys = ["JS", "AA", "OpenAction", "EmbeddedFiles", "JavaScript"];

    /// <summary>The number of indirect objects in the cross-reference table.</summary>
    public static int ObjectCount(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return document.Structure.CrossReferenceTable.ObjectOffsets.Count;
    }

    /// <summary>Each banned key or action name found, with the object holding it; empty for a safe file.</summary>
    public static List<string> Problems(byte[] pdf)
    {
        var problems = new List<string>();
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        foreach (var reference in document.Structure.CrossReferenceTable.ObjectOffsets.Keys)
        {
            var token = document.Structure.GetObject(reference);
            Visit(token.Data, $"object {reference.ObjectNumber}", problems);
        }
        return problems;
    }

    private static void Visit(IToken token, string where, List<string> problems)
    {
        switch (token)
        {
            case NameToken name when BannedNames.Contains(name.Data):
                problems.Add($"{where}: name /{name.Data}");
                break;
            case DictionaryToken dictionary:
                foreach (var (key, value) in dictionary.Data)
                {
                    if (BannedKeys.Contains(key)) problems.Add($"{where}: key /{key}");
                    Visit(value, where, problems);
                }
                break;
            case ArrayToken array:
                foreach (var item in array.Data) Visit(item, where, problems);
                break;
            case StreamToken stream:
                Visit(stream.StreamDictionary, where, problems);
                break;
        }
    }
}
