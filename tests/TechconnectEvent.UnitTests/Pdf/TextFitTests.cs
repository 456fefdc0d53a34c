using SkiaSharp;
using TechconnectEvent.Web.Infrastructure.Pdf;

namespace TechconnectEvent.UnitTests.Pdf;

public sealed class TextFitTests
{
    private const string LongVietnameseName = "Tôn Nữ Thị Phương Thảo Nguyễn Hoàng Khánh Linh";
    private static readonly PdfTextStyle NameStyle = new(26, Bold: true);

    private static T WithCanvas<T>(Func<PdfCanvas, T> use)
    {
        T result = default!;
        using var bitmap = PdfPages.Rasterize(PdfTestSupport.Fonts, PdfPageSize.A6Portrait, 1, canvas => result = use(canvas));
        return result;
    }

    [Fact]
    public void ShortName_KeepsItsFullSizeOnOneLine()
    {
        var fitted = WithCanvas(c => c.Fit("Lê Văn An", NameStyle, new SKSize(250, 80), new PdfFitOptions(12)));

        Assert.True(fitted.Fits);
        Assert.Equal(26, fitted.Size);
        Assert.Equal(["Lê Văn An"], fitted.Lines);
    }

    [Fact]
    public void LongVietnameseName_ShrinksToFitItsBox_AtOrAboveTheMinimum_NeverWider()
    {
        var box = new SKSize(180, 60);

        var fitted = WithCanvas(c => c.Fit(LongVietnameseName, NameStyle, box, new PdfFitOptions(10, MaxLines: 2)));

        Assert.True(fitted.Fits);
        Assert.InRange(fitted.Size, 10, 25.75);
        Assert.InRange(fitted.LineCount, 1, 2);
        Assert.True(fitted.Width <= box.Width, $"{fitted.Width} > {box.Width}");
        Assert.True(fitted.Height <= box.Height);
        // Nothing lost: the lines give back the whole name, diacritics and all.
        Assert.Equal(LongVietnameseName, string.Join(" ", fitted.Lines));
        // The largest size that fits: one step larger no longer does.
        var larger = WithCanvas(c => c.Fit(LongVietnameseName, NameStyle with { Size = fitted.Size + PdfFitOptions.Step }, box, new PdfFitOptions(fitted.Size + PdfFitOptions.Step, MaxLines: 2)));
        Assert.False(larger.Fits);
    }

    [Fact]
    public void NameThatCannotFitAtTheMinimum_IsReported_AndPrintedWholeOnMoreLines_WithoutEllipsis()
    {
        var box = new SKSize(60, 20);

        var fitted = WithCanvas(c => c.Fit(LongVietnameseName, NameStyle, box, new PdfFitOptions(9, MaxLines: 2)));

        Assert.False(fitted.Fits);
        Assert.Equal(9, fitted.Size);
        Assert.True(fitted.LineCount > 2);
        Assert.DoesNotContain(fitted.Lines, line => line.Contains('…', StringComparison.Ordinal));
        Assert.Equal(LongVietnameseName.Replace(" ", "", StringComparison.Ordinal), string.Concat(fitted.Lines).Replace(" ", "", StringComparison.Ordinal));
        Assert.True(fitted.Width <= box.Width);
    }

    [Fact]
    public void FittedText_IsNormalisedToNfc()
    {
        var decomposed = "Nguyễn".Normalize(System.Text.NormalizationForm.FormD);

        var fitted = WithCanvas(c => c.Fit(decomposed, NameStyle, new SKSize(200, 40), new PdfFitOptions(10)));

        Assert.Equal("Nguyễn", fitted.Lines[0]);
    }

    [Fact]
    public void AbsoluteBlock_DrawsAtItsPlace_WithoutMovingTheFlow()
    {
        var pdf = PdfTestSupport.Composer()
            .Absolute(SKRect.Create(300, 700, 200, 40), (canvas, box) => canvas.FitText("Góc dưới", PdfTextStyle.Body, box, new PdfFitOptions(6)))
            .Paragraph("Đoạn đầu trang")
            .Render();

        var page = PdfTextExtraction.Read(pdf)[0];
        Assert.Contains("Đoạn đầu trang", page.Lines[0], StringComparison.Ordinal);
        var stamp = page.Letters.First(l => l.Value == "G");
        Assert.InRange(stamp.Left, 299, 301);
    }
}
