namespace AcneBotox.Tests.Support;

/// <summary>Where the repository, its content and the test fixtures are.</summary>
public static class TestPaths
{
    /// <summary>The repository root (the folder holding AcneBotox.sln).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The bundled content folder.</summary>
    public static string Content => Path.Combine(Root, "content");

    /// <summary>The seed article.</summary>
    public static string Seed => Path.Combine(Content, "can-botox-help-acne.txt");

    /// <summary>This test project's source folder (fixtures and goldens live under it).</summary>
    public static string TestProject => Path.Combine(Root, "tests", "AcneBotox.Tests");

    /// <summary>True when golden files should be rewritten instead of compared (ACNEBOTOX_ACCEPT=1).</summary>
    public static bool AcceptGoldens => Environment.GetEnvironmentVariable("ACNEBOTOX_ACCEPT") == "1";

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "AcneBotox.sln"))) return dir.FullName;
        throw new InvalidOperationException("AcneBotox.sln not found above the test folder");
    }
}
