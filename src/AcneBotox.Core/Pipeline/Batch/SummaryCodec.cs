using AcneBotox.Core.Diagnostics;

namespace AcneBotox.Core.Pipeline.Batch;

/// <summary>
/// A binary form of a finished document's summary (its <see cref="DocumentResult"/>, or its cache
/// <see cref="ManifestEntry"/>) for <see cref="BatchSpill"/>: every field, exactly. The diagnostics are not copied:
/// they are already in the spill, so the summary names where. A summary whose diagnostics are held in memory, or a
/// result that carries an exception (shown with <c>--verbose</c>), cannot be encoded and stays in memory.
/// </summary>
internal static class SummaryCodec
{
    /// <summary>The result as bytes, or <c>null</c> when it must stay in memory.</summary>
    public static byte[]? Encode(DocumentResult result)
    {
        if (result.Failure is not null || !Spilled(result.Diagnostics)) return null;
        return DiagnosticCodec.Written(writer =>
        {
            DiagnosticCodec.WriteText(writer, result.Source);
            DiagnosticCodec.WriteOptional(writer, result.Sha256);
            writer.Write((int)result.Status);
            WriteOutputs(writer, result.Outputs);
            WriteDiagnostics(writer, result.Diagnostics);
            writer.Write(result.Elapsed.Ticks);
            DiagnosticCodec.WriteOptional(writer, result.Title);
            WriteOptional(writer, result.ReadingGrade);
        });
    }

    /// <summary>The result <see cref="Encode(DocumentResult)"/> wrote, its diagnostics still read from <paramref name="spill"/>.</summary>
    public static DocumentResult DecodeResult(byte[] bytes, BatchSpill spill)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes, writable: false));
        var source = DiagnosticCodec.ReadText(reader);
        var sha = DiagnosticCodec.ReadOptional(reader);
        var status = (DocumentStatus)reader.ReadInt32();
        var outputs = ReadOutputs(reader);
        var diagnostics = ReadDiagnostics(reader, spill);
        var elapsed = TimeSpan.FromTicks(reader.ReadInt64());
        var title = DiagnosticCodec.ReadOptional(reader);
        return new DocumentResult(source, sha, status, outputs, diagnostics, elapsed, Title: title, ReadingGrade: ReadOptionalDouble(reader));
    }

    /// <summary>The cache entry as bytes, or <c>null</c> when it must stay in memory.</summary>
    public static byte[]? Encode(ManifestEntry entry)
    {
        if (!Spilled(entry.Diagnostics)) return null;
        return DiagnosticCodec.Written(writer =>
        {
            DiagnosticCodec.WriteText(writer, entry.Key);
            DiagnosticCodec.WriteText(writer, entry.Sha256);
            WriteOutputs(writer, entry.Outputs);
            WriteDiagnostics(writer, entry.Diagnostics);
            DiagnosticCodec.WriteOptional(writer, entry.Title);
            WriteOptional(writer, entry.ReadingGrade);
        });
    }

    /// <summary>The cache entry <see cref="Encode(ManifestEntry)"/> wrote.</summary>
    public static ManifestEntry DecodeEntry(byte[] bytes, BatchSpill spill)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes, writable: false));
        var key = DiagnosticCodec.ReadText(reader);
        var sha = DiagnosticCodec.ReadText(reader);
        var outputs = ReadOutputs(reader);
        var diagnostics = ReadDiagnostics(reader, spill);
        var title = DiagnosticCodec.ReadOptional(reader);
        return new ManifestEntry(key, sha, outputs, diagnostics, title, ReadOptionalDouble(reader));
    }

    // An empty list needs no spill; any other must already be in it.
    private static bool Spilled(IReadOnlyList<Diagnostic> diagnostics) => diagnostics is SpilledDiagnostics || diagnostics.Count == 0;

    private static void WriteOutputs(BinaryWriter writer, IReadOnlyList<OutputFile> outputs)
    {
        writer.Write(outputs.Count);
        foreach (var output in outputs)
        {
            DiagnosticCodec.WriteText(writer, output.Format);
            DiagnosticCodec.WriteText(writer, output.Path);
            writer.Write(output.Bytes);
            DiagnosticCodec.WriteText(writer, output.Sha256);
            writer.Write(output.Pages.HasValue);
            if (output.Pages is { } pages) writer.Write(pages);
        }
    }

    private static OutputFile[] ReadOutputs(BinaryReader reader)
    {
        var outputs = new OutputFile[reader.ReadInt32()];
        for (var i = 0; i < outputs.Length; i++)
        {
            var format = DiagnosticCodec.ReadText(reader);
            var path = DiagnosticCodec.ReadText(reader);
            var bytes = reader.ReadInt64();
            var sha = DiagnosticCodec.ReadText(reader);
            int? pages = reader.ReadBoolean() ? reader.ReadInt32() : null;
            outputs[i] = new OutputFile(format, path, bytes, sha, pages);
        }
        return outputs;
    }

    private static void WriteDiagnostics(BinaryWriter writer, IReadOnlyList<Diagnostic> diagnostics)
    {
        if (diagnostics is SpilledDiagnostics spilled)
        {
            writer.Write(spilled.Count);
            writer.Write(spilled.Offset);
            writer.Write(spilled.Length);
            writer.Write(spilled.CountOf(Severity.Error));
            writer.Write(spilled.CountOf(Severity.Warning));
        }
        else
        {
            writer.Write(0);
        }
    }

    private static IReadOnlyList<Diagnostic> ReadDiagnostics(BinaryReader reader, BatchSpill spill)
    {
        var count = reader.ReadInt32();
        if (count == 0) return Array.Empty<Diagnostic>();
        return new SpilledDiagnostics(spill, reader.ReadInt64(), reader.ReadInt32(), count, errors: reader.ReadInt32(), warnings: reader.ReadInt32());
    }

    private static void WriteOptional(BinaryWriter writer, double? value)
    {
        writer.Write(value.HasValue);
        if (value is { } number) writer.Write(number);
    }

    private static double? ReadOptionalDouble(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadDouble() : null;
}
