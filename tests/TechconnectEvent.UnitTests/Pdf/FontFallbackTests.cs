using TechconnectEvent.Web.Infrastructure.Pdf;

namespace TechconnectEvent.UnitTests.Pdf;

public sealed class FontFallbackTests
{
    private static readonly PdfFontProvider Fonts = PdfTestSupport.Fonts;

    [Theory]
    [InlineData("김민준")]
    [InlineData("山田太郎")]
    [InlineData("たなか")]
    [InlineData("王小明")]
    public void CjkNames_FallBackToASystemCjkFace(string name)
    {
        var face = Fonts.TypefaceFor(name[..1], bold: false);

        Assert.NotNull(face);
        Assert.NotSame(Fonts.Regular, face);
        Assert.Contains("CJK", face.FamilyName, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(Fonts.FindUncovered(name));
    }

    [Fact]
    public void VietnameseText_StaysWithTheShippedNotoSans()
    {
        Assert.Same(Fonts.Regular, Fonts.TypefaceFor("ễ", bold: false));
        Assert.Same(Fonts.Bold, Fonts.TypefaceFor("Ư", bold: true));
        Assert.Empty(Fonts.FindUncovered("Nguyễn Thị Phượng"));
    }

    [Fact]
    public void CharactersNoFontHas_AreReportedOnceEach()
    {
        // Cuneiform: no font on a Debian server with fonts-noto-cjk has it.
        var missing = Fonts.FindUncovered("Lê 𒀀𒀀 An 𒀁");

        Assert.Equal(["𒀀", "𒀁"], missing);
    }

    [Fact]
    public void MixedScriptLine_PrintsEveryName_InTheExtractedText()
    {
        var pdf = PdfTestSupport.Composer().Paragraph("Đại biểu: 김민준 và Nguyễn Văn Bình, 山田太郎").Render();

        var text = PdfTextExtraction.Read(pdf)[0].Text.Replace(" ", "", StringComparison.Ordinal);
        Assert.Contains("김민준", text, StringComparison.Ordinal);
        Assert.Contains("NguyễnVănBình", text, StringComparison.Ordinal);
        // CJK faces give 山 and the Kangxi radical ⼭ one glyph, and Skia's text map names the radical: the
        // drawing is right, copied text needs NFKC to read as the same ideographs (Korean Hangul is exact).
        Assert.Contains("山田太郎", text.Normalize(System.Text.NormalizationForm.FormKC), StringComparison.Ordinal);
    }
}
