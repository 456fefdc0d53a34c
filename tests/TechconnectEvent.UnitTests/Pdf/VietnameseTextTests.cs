using System.Diagnostics;
using TechconnectEvent.Web.Infrastructure.Pdf;
using UglyToad.PdfPig;

namespace TechconnectEvent.UnitTests.Pdf;

public sealed class VietnameseTextTests
{
    public static TheoryData<string> VietnameseLines =>
    [
        "Khu công nghệ trí tuệ nhân tạo",
        "Đổi mới sáng tạo – Phát triển bền vững",
        "Hợp tác xã tỉnh Quảng Ninh",
        "Ứng dụng ươm tạo; đặc sản “Hạ Long” • 1.000.000 ₫ … ở đâu? Ỹ ỹ Ự ự Ậ ậ",
    ];

    [Theory]
    [MemberData(nameof(VietnameseLines))]
    public void Heading_Paragraph_AndTableCell_ExtractExactly(string text)
    {
        // Landscape, so the 18 pt heading of the longest sample stays on one line.
        var pdf = PdfTestSupport.Composer(PdfPageSetup.A4Landscape)
            .Heading(text)
            .Paragraph(text)
            .Table([new PdfTableColumn("Tên", PdfColumnWidth.Relative())], [new PdfTableRow(text)])
            .Render();

        var lines = PdfTextExtraction.Read(pdf).Single().Lines;

        Assert.Equal(3, lines.Count(line => line == text));
    }

    [Fact]
    public void Pdftotext_ReadsTheSameVietnameseText()
    {
        const string tool = "/usr/bin/pdftotext";
        Assert.SkipUnless(File.Exists(tool), "poppler-utils (pdftotext) is not installed; PdfPig tests cover extraction.");
        var text = "Đổi mới sáng tạo – Phát triển bền vững";
        var path = Path.Combine(Path.GetTempPath(), $"tc-pdf-{Guid.NewGuid():N}.pdf");
        try
        {
            File.WriteAllBytes(path, PdfTestSupport.Composer().Paragraph(text).Render());
            using var process = Process.Start(new ProcessStartInfo(tool, [path, "-"]) { RedirectStandardOutput = true })!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();

            Assert.Equal(0, process.ExitCode);
            Assert.Equal(text, PdfTestSupport.Nfc(output).Trim());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Metadata_CarriesTitleAuthorAndCreationDate()
    {
        var pdf = new PdfComposer(PdfTestSupport.Fonts, PdfPageSetup.A4Portrait, PdfTestSupport.Info("Báo cáo khu trưng bày"))
            .Paragraph("x")
            .Render();

        using var document = PdfDocument.Open(pdf);
        Assert.Equal("Báo cáo khu trưng bày", document.Information.Title);
        Assert.Equal("TechconnectEvent", document.Information.Author);
        Assert.Equal(
            new DateTimeOffset(2023, 9, 29, 1, 0, 0, TimeSpan.Zero),
            document.Information.GetCreatedDateTimeOffset()?.ToUniversalTime());
    }
}
