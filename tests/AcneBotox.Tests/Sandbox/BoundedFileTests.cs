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
    public void The_start_of_a_file_of_any_size_is_read_without_the_rest()
    {
        var path = Path.Combine(_folder, "big.json");
        var bytes = new byte[5_000_000];
        new Random(7).NextBytes(bytes);
        File.WriteAllBytes(path, bytes);
        Assert.Equal(bytes[..200], BoundedFile.ReadStart(path, 200).Bytes);
        var small = Path.Combine(_folder, "small.json");
        File.WriteAllBytes(small, [1, 2, 3]);
        Assert.Equal([1, 2, 3], BoundedFile.ReadStart(small, 200).Bytes);
    }

    [Fact]
    public void The_start_of_a_named_pipe_or_a_device_is_refused_not_waited_for()
    {
        TestSkip.When(OperatingSystem.IsWindows(), "named pipes in the file system are a Unix feature");
        var pipe = BoundedFile.ReadStart(MakeFifo("pipe"), 200);
        Assert.Null(pipe.Bytes);
        Assert.Contains("named pipe", pipe.Refusal, StringComparison.Ordinal);
        Assert.Null(BoundedFile.ReadStart("/dev/zero", 200).Bytes);
    }

    [Fact]
    public void An_endless_device_is_refused_not_read_forever()
    {
        TestSkip.When(!File.Exists("/dev/zero"), "no /dev/zero on this system");
        var read = BoundedFile.Read("/dev/zero", 1024);
        Assert.Null(read.Bytes);
        Assert.Contains("not a regular file", read.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_named_pipe_without_a_writer_is_refused_within_the_open_timeout()
    {
        TestSkip.When(OperatingSystem.IsWindows(), "named pipes in the file system are a Unix feature");
        var path = Path.Combine(_folder, "pipe.txt");
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo") { ArgumentList = { path } })!) mkfifo.WaitForExit();
        var read = BoundedFile.Read(path, 1024);
        Assert.Null(read.Bytes);
        Assert.Contains("named pipe", read.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_a_named_pipe_is_refused_not_opened()
    {
        // A link's own length is that of its target's name, so a "non-empty means ordinary" shortcut opened it and hung.
        TestSkip.When(OperatingSystem.IsWindows(), "named pipes in the file system are a Unix feature");
        var pipe = MakeFifo("pipe");
        var link = Path.Combine(_folder, "link.txt");
        File.CreateSymbolicLink(link, pipe);
        var read = BoundedFile.Read(link, 1024);
        Assert.Null(read.Bytes);
        Assert.Contains("named pipe", read.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void The_kind_of_a_file_is_known_before_it_is_opened()
    {
        TestSkip.When(!OperatingSystem.IsLinux(), "statx is Linux's; elsewhere the kind is Unknown and opens are guarded");
        var pipe = MakeFifo("pipe");
        File.WriteAllText(Path.Combine(_folder, "a.txt"), "x");
        Assert.Equal(FileKind.NamedPipe, BoundedFile.KindOf(pipe));
        Assert.Equal(FileKind.CharacterDevice, BoundedFile.KindOf("/dev/zero"));
        Assert.Equal(FileKind.Regular, BoundedFile.KindOf(Path.Combine(_folder, "a.txt")));
        Assert.Equal(FileKind.Folder, BoundedFile.KindOf(_folder));
    }

    [Fact]
    public void A_folder_is_refused()
    {
        var read = BoundedFile.Read(_folder, 1024);
        Assert.Null(read.Bytes);
        Assert.Contains("folder", read.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_following_links_a_link_is_refused_and_a_file_is_read()
    {
        var target = Path.Combine(_folder, "a.txt");
        File.WriteAllBytes(target, [7]);
        var link = Path.Combine(_folder, "link.txt");
        File.CreateSymbolicLink(link, target);
        Assert.Contains("symbolic link", BoundedFile.Read(link, 10, followLinks: false).Refusal, StringComparison.Ordinal);
        Assert.Equal([7], BoundedFile.Read(target, 10, followLinks: false).Bytes);
        Assert.Equal([7], BoundedFile.Read(link, 10).Bytes);
    }

    [Fact]
    public void An_empty_ordinary_file_is_read_as_empty()
    {
        var path = Path.Combine(_folder, "empty.txt");
        File.WriteAllBytes(path, []);
        Assert.Equal([], BoundedFile.Read(path, 10).Bytes!);
    }

    [Fact]
    public void A_missing_file_is_an_io_error_for_the_caller()
    {
        Assert.Throws<FileNotFoundException>(() => BoundedFile.Read(Path.Combine(_folder, "none.txt"), 10));
    }

    private string MakeFifo(string name)
    {
        var path = Path.Combine(_folder, name);
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo") { ArgumentList = { path } })!) mkfifo.WaitForExit();
        return path;
    }
}
