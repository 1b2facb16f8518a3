namespace AcneBotox.Tests.Support;

/// <summary>Compares text with a golden file; <c>ACNEBOTOX_ACCEPT=1</c> rewrites the golden on purpose.</summary>
public static class Golden
{
    /// <summary>Asserts <paramref name="actual"/> equals the golden file at <paramref name="relativePath"/> (under the test project).</summary>
    public static void AssertMatches(string relativePath, string actual)
    {
        var path = Path.Combine(TestPaths.TestProject, relativePath);
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (TestPaths.AcceptGoldens)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"golden file {relativePath} is missing; run the tests once with ACNEBOTOX_ACCEPT=1 and review it");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Equal(expected, actual);
    }
}
