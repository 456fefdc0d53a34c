using System.Diagnostics;
using System.Text;
using QRCoder;
using SkiaSharp;
using TechconnectEvent.Web.Infrastructure.Pdf;
using TechconnectEvent.Web.Infrastructure.Qr;

namespace TechconnectEvent.UnitTests.Pdf;

public sealed class QrTests
{
    private const string Payload = "TC2023-DELEGATE-7F3K9Q|Nguyễn Thị Hồng Nhung|Hợp tác xã tỉnh Quảng Ninh";
    private const float QrSize = 240;

    /// <summary>The reference, straight from QRCoder: quiet zone included, UTF-8 bytes in byte mode.</summary>
    private static List<System.Collections.BitArray> Reference(string payload)
    {
        using var generator = new QRCodeGenerator();
        return generator.CreateQrCode(Encoding.UTF8.GetBytes(payload), QRCodeGenerator.ECCLevel.M).ModuleMatrix;
    }

    [Fact]
    public void QrOnLaidOutPage_RasterisedModules_MatchQrCoder()
    {
        var setup = PdfPageSetup.A4Portrait;
        using var layout = PdfTestSupport.Composer(setup).QrCode(Payload, QrSize).Layout();
        const float scale = 3;

        using var bitmap = layout.Rasterize(0, scale);

        AssertModules(bitmap, Reference(Payload), setup.Margins.Left * scale, setup.Margins.Top * scale, QrSize * scale);
    }

    [Fact]
    public void QrInPdf_RasterisedWithPdftoppm_MatchesQrCoder()
    {
        const string tool = "/usr/bin/pdftoppm";
        Assert.SkipUnless(File.Exists(tool), "poppler-utils (pdftoppm) is not installed; the raster-canvas test still runs.");
        var setup = PdfPageSetup.A4Portrait;
        var directory = Directory.CreateTempSubdirectory("tc-qr-").FullName;
        try
        {
            var pdfPath = Path.Combine(directory, "qr.pdf");
            File.WriteAllBytes(pdfPath, PdfTestSupport.Composer(setup).QrCode(Payload, QrSize).Render());
            // 216 dpi = 3 pixels per PDF point.
            using var process = Process.Start(tool, ["-png", "-r", "216", "-f", "1", "-l", "1", "-singlefile", pdfPath, Path.Combine(directory, "page")]);
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);

            using var bitmap = SKBitmap.Decode(Path.Combine(directory, "page.png"));
            AssertModules(bitmap, Reference(Payload), setup.Margins.Left * 3, setup.Margins.Top * 3, QrSize * 3);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Matrix_OfVietnamesePayload_IsItsUtf8BytesInByteMode()
    {
        var matrix = QrCodes.Matrix(Payload);
        var reference = Reference(Payload);

        Assert.Equal(reference.Count, matrix.Size);
        Assert.Equal(4, matrix.QuietZone);
        for (var row = 0; row < matrix.Size; row++)
        {
            for (var column = 0; column < matrix.Size; column++)
            {
                Assert.Equal(reference[row][column], matrix.IsDark(row, column));
            }
        }
    }

    [Fact]
    public void Matrix_WithoutQuietZone_StartsWithTheFinderPattern()
    {
        var framed = QrCodes.Matrix(Payload);
        var bare = QrCodes.Matrix(Payload, includeQuietZone: false);

        Assert.Equal(framed.Size - 8, bare.Size);
        Assert.Equal(0, bare.QuietZone);
        Assert.True(bare.IsDark(0, 0) && bare.IsDark(0, 6) && bare.IsDark(6, 0));
        Assert.False(bare.IsDark(1, 1));
        Assert.False(framed.IsDark(0, 0));
    }

    [Fact]
    public void Png_HasExplicitBlackAndWhite_AndTheMatrixLayout()
    {
        const int pixels = 10;
        var png = QrCodes.Png(Payload, pixels);
        var matrix = QrCodes.Matrix(Payload);

        using var bitmap = SKBitmap.Decode(png);

        Assert.Equal(matrix.Size * pixels, bitmap.Width);
        for (var row = 0; row < matrix.Size; row++)
        {
            for (var column = 0; column < matrix.Size; column++)
            {
                var pixel = bitmap.GetPixel(column * pixels + pixels / 2, row * pixels + pixels / 2);
                Assert.Equal(matrix.IsDark(row, column) ? SKColors.Black : SKColors.White, pixel);
            }
        }
    }

    private static void AssertModules(SKBitmap bitmap, List<System.Collections.BitArray> reference, float left, float top, float size)
    {
        var module = size / reference.Count;
        var wrong = new List<string>();
        for (var row = 0; row < reference.Count; row++)
        {
            for (var column = 0; column < reference.Count; column++)
            {
                var pixel = bitmap.GetPixel((int)(left + (column + 0.5f) * module), (int)(top + (row + 0.5f) * module));
                var dark = pixel.Red < 128;
                if (dark != reference[row][column])
                {
                    wrong.Add($"({row},{column})");
                }
            }
        }
        Assert.True(wrong.Count == 0, $"{wrong.Count} modules differ: {string.Join(' ', wrong.Take(20))}");
    }
}
