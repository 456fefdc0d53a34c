using System.Text;
using QRCoder;

namespace TechconnectEvent.Web.Infrastructure.Qr;

/// <summary>QR symbols for badges, e-tickets and booth signs, from QRCoder.</summary>
public static class QrCodes
{
    /// <summary>QRCoder always frames its module matrix with this many light modules.</summary>
    private const int QrCoderQuietZone = 4;

    private static readonly byte[] Black = [0, 0, 0, 255];
    private static readonly byte[] White = [255, 255, 255, 255];

    public static QrModuleMatrix Matrix(
        string payload,
        bool includeQuietZone = true,
        QRCodeGenerator.ECCLevel errorCorrection = QRCodeGenerator.ECCLevel.M)
    {
        using var data = Create(payload, errorCorrection);
        var source = data.ModuleMatrix;
        var skip = includeQuietZone ? 0 : QrCoderQuietZone;
        var size = source.Count - 2 * skip;
        var modules = new bool[size, size];
        for (var row = 0; row < size; row++)
        {
            for (var column = 0; column < size; column++)
            {
                modules[row, column] = source[row + skip][column + skip];
            }
        }
        return new QrModuleMatrix(modules, includeQuietZone ? QrCoderQuietZone : 0);
    }

    /// <summary>
    /// A PNG for HTML pages. Colours are passed explicitly because QRCoder's default 1-bit palette PNG is
    /// rejected by some decoders.
    /// </summary>
    public static byte[] Png(
        string payload,
        int pixelsPerModule = 10,
        QRCodeGenerator.ECCLevel errorCorrection = QRCodeGenerator.ECCLevel.M)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pixelsPerModule, 1);
        using var data = Create(payload, errorCorrection);
        return new PngByteQRCode(data).GetGraphic(pixelsPerModule, Black, White, drawQuietZones: true);
    }

    /// <summary>
    /// Byte mode with plain UTF-8 and no ECI header: camera decoders (jsQR, ZXing) read UTF-8 by default, while
    /// some ignore or choke on ECI designators, and ISO-8859-1 would lose Vietnamese letters.
    /// </summary>
    private static QRCodeData Create(string payload, QRCodeGenerator.ECCLevel errorCorrection)
    {
        ArgumentException.ThrowIfNullOrEmpty(payload);
        var normalized = payload.Normalize(NormalizationForm.FormC);
        using var generator = new QRCodeGenerator();
        return generator.CreateQrCode(Encoding.UTF8.GetBytes(normalized), errorCorrection);
    }
}
