using System.Diagnostics;
using AcneBotox.Core.Diagnostics;
using AcneBotox.Core.Settings;

namespace AcneBotox.Tests.Settings;

/// <summary>The settings file is read with the bounded reader: never a pipe or device, never more than a few KiB.</summary>
public sealed class SettingsFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("acnebotox-settings-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_named_pipe_is_refused_without_waiting_for_a_writer()
    {
        TestSkip.When(OperatingSystem.IsWindows(), "named pipes in the file system are a Unix feature");
        var path = Path.Combine(_folder, "handout.yml");
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo") { ArgumentList = { path } })!) mkfifo.WaitForExit();
        var error = Assert.Throws<UsageException>(() => HandoutSettingsLoader.Load(path, required: false, new DiagnosticBag()));
        Assert.StartsWith($"{path}: error: the settings file was not read: it is not a regular file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_an_endless_device_is_refused()
    {
        TestSkip.When(!File.Exists("/dev/zero"), "no /dev/zero on this system");
        var path = Path.Combine(_folder, "handout.yml");
        File.CreateSymbolicLink(path, "/dev/zero");
        var error = Assert.Throws<UsageException>(() => HandoutSettingsLoader.Load(path, required: false, new DiagnosticBag()));
        Assert.Contains("not a regular file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_large_file_is_refused_before_it_is_read()
    {
        var path = Path.Combine(_folder, "handout.yml");
        File.WriteAllText(path, "organization: A\n" + new string('#', (int)HandoutSettingsLoader.MaxSettingsBytes));
        var error = Assert.Throws<UsageException>(() => HandoutSettingsLoader.Load(path, required: false, new DiagnosticBag()));
        Assert.Contains("larger than 256 KiB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_is_an_error_with_the_line()
    {
        var path = Path.Combine(_folder, "handout.yml");
        File.WriteAllBytes(path, [.. "organization: A\ncontact: "u8, 0xFF, (byte)'\n']);
        var error = Assert.Throws<UsageException>(() => HandoutSettingsLoader.Load(path, required: false, new DiagnosticBag()));
        Assert.StartsWith($"{path}:2: error: invalid UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_the_defaults_unless_it_was_named()
    {
        var path = Path.Combine(_folder, "handout.yml");
        Assert.Equal(new HandoutSettings(), HandoutSettingsLoader.Load(path, required: false, new DiagnosticBag()));
        var error = Assert.Throws<UsageException>(() => HandoutSettingsLoader.Load(path, required: true, new DiagnosticBag()));
        Assert.Contains("settings file not found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_is_accepted()
    {
        var path = Path.Combine(_folder, "handout.yml");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. "organization: Clinic\n"u8]);
        Assert.Equal("Clinic", HandoutSettingsLoader.Load(path, required: true, new DiagnosticBag()).Organization);
    }
}
