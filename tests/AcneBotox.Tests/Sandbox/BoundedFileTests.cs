using System.Diagnostics;
using AcneBotox.Core.IO;

namespace AcneBotox.Tests.Sandbox;

/// <summary>Whole-file reads that cannot hang or exhaust memory.</summary>
public sealed class BoundedFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("acnebotox-bounded-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void An_ordinary_file_within_the_limit_is_read_whole()
    {
        var path = Path.Combine(_folder, "a.txt");
        File.WriteAllBytes(path, [1, 2, 3]);
        var read = BoundedFile.Read(path, 3);
        Assert.Equal([1, 2, 3], read.Bytes);
        Assert.Null(read.Refusal);
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_with_its_length()
    {
        var path = Path.Combine(_folder, "a.txt");
        File.WriteAllBytes(path, new byte[11]);
        var read = BoundedFile.Read(path, 10);
        Assert.True(read.IsTooLarge);
        Assert.Equal(11, read.Length);
        Assert.Null(read.Bytes);
    }

    [Fact]
    public void An_endless_device_is_refused_not_read_forever()
    {
        Assert.SkipWhen(!File.Exists("/dev/zero"), "no /dev/zero on this system");
        var read = BoundedFile.Read("/dev/zero", 1024);
        Assert.Null(read.Bytes);
        Assert.Contains("not a regular file", read.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_named_pipe_without_a_writer_is_refused_within_the_open_timeout()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "named pipes in the file system are a Unix feature");
        var path = Path.Combine(_folder, "pipe.txt");
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo") { ArgumentList = { path } })!) mkfifo.WaitForExit();
        var read = BoundedFile.Read(path, 1024);
        Assert.Null(read.Bytes);
        Assert.Contains("named pipe", read.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_an_io_error_for_the_caller()
    {
        Assert.Throws<FileNotFoundException>(() => BoundedFile.Read(Path.Combine(_folder, "none.txt"), 10));
    }
}
