using TechconnectEvent.Web.Features.ExhibitorDirectory;

namespace TechconnectEvent.UnitTests.ExhibitorDirectory;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Hạ Long", "ha long")]
    [InlineData("ĐÀ NẴNG", "da nang")]
    [InlineData("Đồng  Nai\t", "dong nai")]
    [InlineData("Quảng Ninh", "quang ninh")]
    [InlineData("Ha Long", "ha long")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Fold_RemovesDiacriticsMapsDAndLowercases(string? text, string expected) =>
        Assert.Equal(expected, TextFolding.Fold(text));

    [Fact]
    public void Fold_TreatsDecomposedAndPrecomposedVietnameseAlike() =>
        Assert.Equal(TextFolding.Fold("Hạ Long"), TextFolding.Fold("Ha\u0323 Long"));
}
