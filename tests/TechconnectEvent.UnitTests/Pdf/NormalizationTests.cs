using System.Text;
using TechconnectEvent.Web.Infrastructure.Pdf.Layout;

namespace TechconnectEvent.UnitTests.Pdf;

public sealed class NormalizationTests
{
    private const string Nfc = "Hợp tác xã tỉnh Quảng Ninh – Khu công nghệ trí tuệ nhân tạo";

    [Fact]
    public void TextGivenDecomposed_ExtractsIdenticalToComposed()
    {
        var nfd = Nfc.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(Nfc, nfd);

        var pdf = PdfTestSupport.Composer().Paragraph(nfd).Render();

        Assert.Equal(Nfc, PdfTextExtraction.Read(pdf).Single().Lines.Single());
    }

    /// <summary>
    /// HarfBuzz composes marks by itself when the font has the precomposed glyph, so the PDF alone would not
    /// show a missing normalisation; the laid-out lines (which wrapping and breaking work on) must be NFC.
    /// </summary>
    [Fact]
    public void WrappedLines_OfDecomposedText_AreComposed()
    {
        using var shaper = new TextShaper(PdfTestSupport.Fonts);
        var nfd = Nfc.Normalize(NormalizationForm.FormD);

        var lines = TextWrapper.Wrap(shaper, nfd, Web.Infrastructure.Pdf.PdfTextStyle.Body, maxWidth: 80);

        Assert.True(lines.Count > 1);
        Assert.All(lines, line => Assert.True(line.Text.IsNormalized(NormalizationForm.FormC), line.Text));
        Assert.Equal(Nfc, string.Join(" ", lines.Select(line => line.Text)));
    }
}
