using AcneBotox.Core.IO;
using AcneBotox.Testing;

namespace AcneBotox.Tests.Batch;

public sealed class BackgroundWritebackTests
{
    [Fact]
    public void While_a_batch_runs_the_output_folder_is_synced_every_interval_and_not_after_it_ends()
    {
        TestSkip.When(!FileSystemSync.Available, "syncfs is Linux only; elsewhere each output is flushed as it is written");
        var folder = Directory.CreateTempSubdirectory("acnebotox-writeback-").FullName;
        try
        {
            var writeback = new BackgroundWriteback(folder, TimeSpan.FromMilliseconds(20));
            Assert.True(SpinWait.SpinUntil(() => writeback.Syncs >= 2, TimeSpan.FromSeconds(60)), "no sync ran while the batch was running");
            writeback.Dispose();
            var atEnd = writeback.Syncs;
            Thread.Sleep(200);
            Assert.Equal(atEnd, writeback.Syncs);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
