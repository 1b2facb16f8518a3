using System.Text;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.IO;

namespace AcneBotox.Cli;

/// <summary>
/// Checks the <c>--report</c> path before a run: it may never replace an input (<c>--report article.txt</c>
/// once replaced the article with JSON), and it replaces an existing file only when that file is an earlier
/// AcneBotox report, or with <c>--force</c>.
/// </summary>
internal static class ReportTarget
{
    // Every report starts with these fields (BatchReport writes them first).
    private static readonly byte[] Signature = "\"tool\": \"acnebotox\""u8.ToArray();

    /// <summary>Throws a <see cref="UsageException"/> when writing the report to <paramref name="path"/> would destroy something.</summary>
    public static void Check(string path, IEnumerable<string> inputs, bool force)
    {
        var full = Path.GetFullPath(path);
        var real = RealPath.Resolve(full) ?? full;
        foreach (var input in inputs)
        {
            var inputFull = Path.GetFullPath(input);
            if (full == inputFull || real == (RealPath.Resolve(inputFull) ?? inputFull))
                throw new UsageException($"{ConsoleText.Path(path)}: error: --report would overwrite the input {ConsoleText.Escape(input)} (give the report another file name)");
        }
        if (!File.Exists(full) && !Directory.Exists(full)) return;
        // Its first bytes tell a report, and only they are read: an earlier run's report of thousands of documents
        // is tens of megabytes, which read whole were the peak of the next run's memory.
        var read = BoundedFile.ReadStart(full, HeadLength);
        if (read.Bytes is null)
            throw new UsageException($"{ConsoleText.Path(path)}: error: --report cannot be written there: {read.Refusal} (give a file name)");
        if (force || IsReport(read.Bytes)) return;
        throw new UsageException($"{ConsoleText.Path(path)}: error: --report would overwrite a file that is not an AcneBotox report (give another file name, or add --force to replace it)");
    }

    private const int HeadLength = 200;

    private static bool IsReport(byte[]? bytes)
    {
        if (bytes is null) return false;
        var head = bytes.AsSpan(0, Math.Min(bytes.Length, HeadLength));
        return head.IndexOf(Signature) >= 0 && Encoding.UTF8.GetString(head).TrimStart().StartsWith('{');
    }
}
