using QRCoder;

namespace AcneBotox.Pdf.Layout;

/// <summary>The modules of a QR code (QRCoder, error correction M), quiet zone included; the same text gives the same code.</summary>
internal static class QrModules
{
    /// <summary>Rows of modules, true for dark, for <paramref name="text"/>.</summary>
    public static IReadOnlyList<bool[]> For(string text)
    {
        using var data = QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return [.. data.ModuleMatrix.Select(row => Enumerable.Range(0, row.Length).Select(i => row[i]).ToArray())];
    }
}
