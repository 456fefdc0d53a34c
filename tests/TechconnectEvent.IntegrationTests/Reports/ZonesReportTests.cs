using System.Net;
using System.Text;
using TechconnectEvent.IntegrationTests.Support;
using TechconnectEvent.Testing;
using UglyToad.PdfPig;

namespace TechconnectEvent.IntegrationTests.Reports;

public sealed class ZonesReportTests(TechconnectAppFactory factory) : IClassFixture<TechconnectAppFactory>
{
    [Fact]
    public async Task Organiser_InVietnamese_GetsAPdfWithTheExactZoneNames()
    {
        var client = BrowserClient.Create(factory, "vi-VN");
        await client.SignInOrFailAsync(TechconnectAppFactory.AdminEmail, TechconnectAppFactory.AdminPassword);

        var response = await client.GetAsync("/reports/zones.pdf", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var text = Text(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Contains("Phân khu và gian hàng", text);
        Assert.Contains("Khu công nghệ trí tuệ nhân tạo", text);
        Assert.Contains("Hợp tác xã tỉnh Quảng Ninh", text);
        Assert.Contains("Khu trình diễn công nghệ", text);
        Assert.Contains("Trang 1/1", text);
        Assert.Contains("228", text);
        Assert.True(text.IndexOf("Khu doanh nghiệp tài trợ", StringComparison.Ordinal) < text.IndexOf("Khu trình diễn công nghệ vật liệu", StringComparison.Ordinal),
            "Functional zones are listed before the demonstration areas.");
    }

    [Fact]
    public async Task Organiser_InEnglish_GetsTheEnglishReport()
    {
        var client = BrowserClient.Create(factory, "en-US");
        await client.SignInOrFailAsync(TechconnectAppFactory.AdminEmail, TechconnectAppFactory.AdminPassword);

        var bytes = await client.GetByteArrayAsync("/reports/zones.pdf", TestContext.Current.CancellationToken);

        var text = Text(bytes);
        Assert.Contains("Zones and booths", text);
        Assert.Contains("Artificial intelligence", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Page 1 of 1", text);
    }

    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var text = new StringBuilder();
        foreach (var page in document.GetPages())
        {
            text.AppendLine(string.Join(" ", page.GetWords().Select(w => w.Text)));
        }
        return text.ToString().Normalize(NormalizationForm.FormC);
    }
}
