using System.IO.Compression;
using System.Text;
using AcneBotox.Docx;

namespace AcneBotox.Tests.Docx;

public sealed class ZipWriterTests
{
    [Fact]
    public void Crc32_matches_the_standard_check_value()
    {
        // The check value every CRC-32/ISO-HDLC implementation publishes for "123456789".
        Assert.Equal(0xCBF43926u, Crc32.Of("123456789"u8));
    }

    [Fact]
    public void Written_zip_reads_back_in_order_with_contents_and_time()
    {
        var big = Enumerable.Range(0, 50_000).Select(i => (byte)(i * 7)).ToArray();
        var entries = new List<(string, ZipEntryContent)>
        {
            ("[Content_Types].xml", ZipEntryContent.Deflate("<Types/>"u8)),
            ("word/fonts/font.odttf", ZipEntryContent.Deflate(big)),
            ("empty.xml", ZipEntryContent.Deflate([])),
        };
        using var zip = new MemoryStream();
        ZipWriter.Write(zip, entries, new DateTime(2026, 10, 1, 13, 45, 30));

        zip.Position = 0;
        using var archive = new ZipArchive(zip, ZipArchiveMode.Read);
        Assert.Equal(["[Content_Types].xml", "word/fonts/font.odttf", "empty.xml"], archive.Entries.Select(e => e.FullName));
        Assert.Equal("<Types/>", new StreamReader(archive.Entries[0].Open(), Encoding.UTF8).ReadToEnd());
        using var font = new MemoryStream();
        archive.Entries[1].Open().CopyTo(font);
        Assert.Equal(big, font.ToArray());
        Assert.Equal(0, archive.Entries[2].Length);
        Assert.All(archive.Entries, e => Assert.Equal(new DateTime(2026, 10, 1, 13, 45, 30), e.LastWriteTime.DateTime));
    }
}
