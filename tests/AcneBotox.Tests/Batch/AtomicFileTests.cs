using System.Globalization;
using AcneBotox.Core.Pipeline;

namespace AcneBotox.Tests.Batch;

public sealed class AtomicFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("acnebotox-atomic-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Temp(int pid) => Path.Combine(_folder,
        string.Create(CultureInfo.InvariantCulture, $"{AtomicFile.TempPrefix}a.pdf.{pid}.{Guid.NewGuid():N}.tmp"));

    [Fact]
    public void Write_leaves_only_the_final_file()
    {
        var path = Path.Combine(_folder, "a.html");
        AtomicFile.Write(path, s => s.Write("<html></html>"u8));
        Assert.Equal(["a.html"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void A_failing_write_leaves_the_old_file_and_no_temporary()
    {
        var path = Path.Combine(_folder, "a.html");
        File.WriteAllText(path, "old");
        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, s =>
        {
            s.Write("half"u8);
            throw new InvalidOperationException("writer died");
        }));
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(_folder));
    }

    [Fact]
    public void Cleanup_removes_temporaries_of_dead_runs_and_keeps_those_of_live_ones()
    {
        var dead = Temp(int.MaxValue); // no such process
        var live = Temp(Environment.ProcessId); // written after this process started: still in use
        var reusedPid = Temp(Environment.ProcessId); // same pid, but written before this process started
        var unparsable = Path.Combine(_folder, AtomicFile.TempPrefix + "x.tmp");
        foreach (var file in new[] { dead, live, reusedPid, unparsable }) File.WriteAllText(file, "partial");
        File.SetLastWriteTimeUtc(reusedPid, new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        var removed = AtomicFile.CleanStaleTemporaries(_folder);

        Assert.Equal(3, removed);
        Assert.Equal([Path.GetFileName(live)], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }
}
