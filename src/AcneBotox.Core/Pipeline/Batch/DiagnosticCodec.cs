using System.Runtime.InteropServices;
using AcneBotox.Core.Diagnostics;

namespace AcneBotox.Core.Pipeline.Batch;

/// <summary>
/// A binary form of a diagnostics list, for <see cref="BatchSpill"/>: every field, exactly. Text is stored as
/// UTF-16 code units, not UTF-8, so a message quoting a lone surrogate from the input comes back unchanged.
/// </summary>
internal static class DiagnosticCodec
{
    /// <summary>The list as bytes.</summary>
    public static byte[] Encode(IReadOnlyList<Diagnostic> diagnostics) => Written(writer =>
    {
        writer.Write(diagnostics.Count);
        foreach (var d in diagnostics)
        {
            writer.Write((int)d.Severity);
            WriteText(writer, d.Rule);
            WriteText(writer, d.Message);
            WriteOptional(writer, d.Path);
            writer.Write(d.Line.HasValue);
            if (d.Line is { } line) writer.Write(line);
            WriteOptional(writer, d.Suggestion);
        }
    });

    /// <summary>The bytes <paramref name="write"/> writes: one spill record.</summary>
    internal static byte[] Written(Action<BinaryWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true)) write(writer);
        return buffer.ToArray();
    }

    /// <summary>The list <see cref="Encode"/> wrote.</summary>
    public static Diagnostic[] Decode(byte[] bytes)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes, writable: false));
        var result = new Diagnostic[reader.ReadInt32()];
        for (var i = 0; i < result.Length; i++)
        {
            var severity = (Severity)reader.ReadInt32();
            var rule = ReadText(reader);
            var message = ReadText(reader);
            var path = ReadOptional(reader);
            int? line = reader.ReadBoolean() ? reader.ReadInt32() : null;
            result[i] = new Diagnostic(severity, rule, message, path, line, ReadOptional(reader));
        }
        return result;
    }

    internal static void WriteOptional(BinaryWriter writer, string? text)
    {
        writer.Write(text is not null);
        if (text is not null) WriteText(writer, text);
    }

    internal static string? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? ReadText(reader) : null;

    // The code units are copied as one block in the machine's byte order: the spill is read back by the process
    // that wrote it. One call per character was most of the time the end of a 1,000-article run spent reading
    // the spill back.
    internal static void WriteText(BinaryWriter writer, string text)
    {
        writer.Write(text.Length);
        writer.Write(MemoryMarshal.AsBytes(text.AsSpan()));
    }

    internal static string ReadText(BinaryReader reader)
    {
        var length = reader.ReadInt32();
        if (length < 0 || length > (reader.BaseStream.Length - reader.BaseStream.Position) / sizeof(char))
            throw new InvalidDataException("a spilled text is longer than what is left of its record");
        // Read from the stream under the reader: over a MemoryStream a BinaryReader takes exactly the bytes each of its
        // reads asks for, so the two stay in step.
        return string.Create(length, reader.BaseStream, static (chars, stream) => stream.ReadExactly(MemoryMarshal.AsBytes(chars)));
    }
}
