namespace AcneBotox.Conformance.Tests.Preview;

/// <summary>A temporary content folder with one short Markdown handout (one page), removed afterwards.</summary>
public sealed class PreviewFolder : IDisposable
{
    /// <summary>The article as first saved: plain, short sentences, so the edit's findings stand out.</summary>
    public const string FirstVersion = """
        ---
        title: Caring for your skin after a peel
        summary: What to do in the first week.
        reviewed: 2026-10-01
        ---
        :::key-points
        - Wash gently with cool water.
        - Use sunscreen every day.
        :::

        ## The first two days

        Your skin may feel tight. Wash it with cool water. Pat it dry with a soft towel.

        ## When to call us

        Call the clinic if your skin blisters or bleeds.
        """;

    /// <summary>Creates the folder and writes the article.</summary>
    public PreviewFolder()
    {
        Root = Directory.CreateTempSubdirectory("acnebotox-preview-test-").FullName;
        Content = Directory.CreateDirectory(Path.Combine(Root, "content")).FullName;
        Article = Path.Combine(Content, "peel-aftercare.md");
        File.WriteAllText(Article, FirstVersion);
    }

    /// <summary>The folder holding the content folder and anything a test puts beside it.</summary>
    public string Root { get; }

    /// <summary>The content folder the preview serves.</summary>
    public string Content { get; }

    /// <summary>The Markdown article.</summary>
    public string Article { get; }

    /// <summary>Removes everything.</summary>
    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A preview still holding a file; the system's temporary-file cleaning takes it.
        }
    }
}
