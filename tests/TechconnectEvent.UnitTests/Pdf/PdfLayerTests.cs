using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;
using TechconnectEvent.Web.Infrastructure.Pdf;
using UglyToad.PdfPig;

namespace TechconnectEvent.UnitTests.Pdf;

public sealed class PdfLayerTests
{
    [Fact]
    public void Render_OnManyThreadsAtOnce_GivesTheSameText()
    {
        var rows = Enumerable.Range(1, 60).Select(n => new PdfTableRow($"{n}", $"Đơn vị ứng dụng số {n}")).ToList();
        var columns = new[] { new PdfTableColumn("Số", PdfColumnWidth.Fixed(40)), new PdfTableColumn("Tên", PdfColumnWidth.Relative()) };
        string Render() => string.Join("\n\n", PdfTextExtraction.Read(
            PdfTestSupport.Composer().Footer("Trang {0}/{1}").Heading("Danh sách").Table(columns, rows).Render())
            .Select(page => page.Text));
        var expected = Render();

        var results = new string[16];
        Parallel.For(0, results.Length, new ParallelOptions { CancellationToken = TestContext.Current.CancellationToken },
            index => results[index] = Render());

        Assert.All(results, result => Assert.Equal(expected, result));
    }

    [Fact]
    public void Image_FromPngBytes_IsPlacedAtTheRequestedWidth()
    {
        using var source = new SKBitmap(40, 20);
        source.Erase(SKColors.Red);
        using var encoded = source.Encode(SKEncodedImageFormat.Png, 100);
        var setup = PdfPageSetup.A4Portrait;

        var composer = PdfTestSupport.Composer(setup).Image(encoded.ToArray(), 100);
        using var layout = composer.Layout();
        using var bitmap = layout.Rasterize(0, 1);
        using var document = PdfDocument.Open(composer.Render());

        Assert.Single(document.GetPage(1).GetImages());
        var left = (int)setup.Margins.Left;
        var top = (int)setup.Margins.Top;
        Assert.Equal(SKColors.Red, bitmap.GetPixel(left + 50, top + 25));
        Assert.Equal(SKColors.Red, bitmap.GetPixel(left + 98, top + 48));
        Assert.Equal(SKColors.White, bitmap.GetPixel(left + 103, top + 25));
        Assert.Equal(SKColors.White, bitmap.GetPixel(left + 50, top + 53));
    }

    [Fact]
    public void Image_FromBytesThatAreNoImage_FailsWhenAdded()
    {
        Assert.Throws<ArgumentException>(() => PdfTestSupport.Composer().Image([1, 2, 3, 4], 100));
    }

    [Fact]
    public void FontProvider_WithoutFonts_SaysWhereItLooked()
    {
        var missing = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"));

        var error = Assert.Throws<FileNotFoundException>(() => new PdfFontProvider(missing));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddPdf_RegistersOneSharedFontProvider()
    {
        using var provider = new ServiceCollection().AddPdf().AddPdf().BuildServiceProvider();

        var first = provider.GetRequiredService<PdfFontProvider>();

        Assert.Same(first, provider.GetRequiredService<PdfFontProvider>());
        Assert.Equal("Noto Sans", first.Regular.FamilyName);
        Assert.True(first.Bold.IsBold);
    }
}
