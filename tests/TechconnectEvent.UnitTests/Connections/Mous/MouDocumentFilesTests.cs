using System.Text;
using TechconnectEvent.Web.Features.Connections.Mous;

namespace TechconnectEvent.UnitTests.Connections.Mous;

public sealed class MouDocumentFilesTests
{
    public static TheoryData<byte[], string?> Signatures => new()
    {
        { Encoding.ASCII.GetBytes("%PDF-1.7\n%âãÏÓ"), MouDocumentFiles.Pdf },
        { [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], MouDocumentFiles.Png },
        { [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46], MouDocumentFiles.Jpeg },
        { Encoding.ASCII.GetBytes("RIFF\x24\0\0\0WEBPVP8 "), MouDocumentFiles.WebP },
        { Encoding.ASCII.GetBytes("RIFF\x24\0\0\0WAVEfmt "), null },
        { Encoding.UTF8.GetBytes("Biên bản ghi nhớ, not a PDF"), null },
        { Encoding.ASCII.GetBytes("<html>%PDF-"), null },
        { [], null },
    };

    [Theory]
    [MemberData(nameof(Signatures))]
    public void Sniff_DecidesTheTypeFromTheContentAlone(byte[] head, string? expected) =>
        Assert.Equal(expected, MouDocumentFiles.Sniff(head));

    [Theory]
    [InlineData("../evil.pdf")]
    [InlineData("a/b.pdf")]
    [InlineData("C:\\x.pdf")]
    [InlineData("bad\u0001name.pdf")]
    [InlineData("  ")]
    [InlineData("..")]
    [InlineData(null)]
    public void CleanName_RefusesPathLikeOrEmptyNames(string? name) =>
        Assert.Equal("Mou.Document.NameInvalid", Assert.Single(MouDocumentFiles.CleanName(name).Errors).Code);

    [Fact]
    public void CleanName_KeepsAVietnameseName_Composed()
    {
        var decomposed = "Biên bản ký kết.pdf".Normalize(NormalizationForm.FormD);
        Assert.Equal("Biên bản ký kết.pdf".Normalize(NormalizationForm.FormC), MouDocumentFiles.CleanName(" " + decomposed).Value);
    }
}
