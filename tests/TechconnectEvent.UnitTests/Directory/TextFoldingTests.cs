using TechconnectEvent.Web.Infrastructure.Text;

namespace TechconnectEvent.UnitTests.ExhibitorDirectory;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Hạ Long", "ha long")]
    [InlineData("ĐÀ NẴNG", "da nang")]
    [InlineData("Đồng  Nai\t", "dong nai")]
    [InlineData("Quảng Ninh", "quang ninh")]
    [InlineData("Ủy ban nhân dân tỉnh Quảng Ninh", "uy ban nhan dan tinh quang ninh")]
    [InlineData("  Ha Long ", "ha long")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Fold_RemovesDiacriticsMapsDLowercasesAndCollapsesSpaces(string? text, string expected) =>
        Assert.Equal(expected, TextFolding.Fold(text));

    [Fact]
    public void Fold_TreatsDecomposedAndPrecomposedVietnameseAlike() =>
        Assert.Equal(TextFolding.Fold("Hạ Long"), TextFolding.Fold("Ha\u0323 Long"));

    [Fact]
    public void Key_JoinsTheFoldedPartsAndSkipsBlankOnes() =>
        Assert.Equal("vien han lam | vast", TextFolding.Key("Viện Hàn lâm", null, " ", "VAST"));

    [Theory]
    [InlineData("ha long", "%ha long%")]
    [InlineData("100%", "%100\\%%")]
    [InlineData("a_b", "%a\\_b%")]
    [InlineData("c\\d", "%c\\\\d%")]
    public void ContainsPattern_TakesLikeWildcardsLiterally(string word, string expected) =>
        Assert.Equal(expected, TextFolding.ContainsPattern(word));
}
