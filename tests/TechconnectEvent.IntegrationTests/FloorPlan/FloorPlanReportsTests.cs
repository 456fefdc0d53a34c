using System.Net;
using System.Text;
using TechconnectEvent.IntegrationTests.Support;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Features.Administration;
using UglyToad.PdfPig;

namespace TechconnectEvent.IntegrationTests.FloorPlan;

public sealed class FloorPlanReportsTests(TechconnectAppFactory factory) : IClassFixture<TechconnectAppFactory>
{
    [Fact]
    public async Task Organiser_InVietnamese_GetsTheA3FloorPlanWithZoneNamesCodesAndLegend()
    {
        await DemoAllocations.EnsureAsync(factory, "AI-01", "AI-02");
        var client = await OrganiserAsync("vi-VN");

        var response = await client.GetAsync("/reports/floorplan.pdf", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        using var document = PdfDocument.Open(bytes);
        var page = Assert.Single(document.GetPages());
        Assert.Equal(1191, page.Width, 0);
        Assert.Equal(842, page.Height, 0);
        var text = Text(bytes);
        Assert.Contains("Sơ đồ mặt bằng triển lãm", text);
        Assert.Contains("Khu công nghệ trí tuệ nhân tạo", text);
        Assert.Contains("Hợp tác xã tỉnh Quảng Ninh", text);
        Assert.Contains("AI-01", text);
        Assert.Contains("VAST", text);
        Assert.Contains("Đang giữ chỗ", text);
        Assert.Contains("Trang 1/1", text);
    }

    [Fact]
    public async Task Organiser_InVietnamese_GetsTheBoothListPerZoneWithTheExhibitorsExactName()
    {
        await DemoAllocations.EnsureAsync(factory, "AI-01", "AI-02");
        var client = await OrganiserAsync("vi-VN");

        var response = await client.GetAsync("/reports/booths.pdf", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = Text(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Contains("Danh sách gian hàng theo phân khu", text);
        Assert.Contains("AI · Khu công nghệ trí tuệ nhân tạo", text);
        Assert.Contains("Khu doanh nghiệp tài trợ", text);
        Assert.Contains(DemoAllocations.OrganizationVi, text);
        Assert.Contains("Mã gian", text);
    }

    [Fact]
    public async Task Organiser_InEnglish_GetsEnglishPdfs()
    {
        var client = await OrganiserAsync("en-US");

        var plan = Text(await client.GetByteArrayAsync("/reports/floorplan.pdf", TestContext.Current.CancellationToken));
        var list = Text(await client.GetByteArrayAsync("/reports/booths.pdf", TestContext.Current.CancellationToken));

        Assert.Contains("Exhibition floor plan", plan);
        Assert.Contains("Artificial intelligence technology zone", plan);
        Assert.Contains("Booth list by zone", list);
        Assert.Contains("Page 1 of", list);
    }

    [Theory]
    [InlineData("/reports/floorplan.pdf")]
    [InlineData("/reports/booths.pdf")]
    public async Task Anonymous_IsSentToSignIn(string url)
    {
        var client = BrowserClient.Create(factory);

        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/reports/floorplan.pdf")]
    [InlineData("/reports/booths.pdf")]
    [InlineData("/exhibition/plan")]
    public async Task Exhibitor_IsRefused(string url)
    {
        var email = await factory.CreateUserAsync(Roles.Exhibitor);
        var client = BrowserClient.Create(factory);
        await client.SignInOrFailAsync(email, UserFactory.Password);

        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("AccessDenied", response.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
    }

    private async Task<HttpClient> OrganiserAsync(string language)
    {
        var client = BrowserClient.Create(factory, language);
        await client.SignInOrFailAsync(TechconnectAppFactory.AdminEmail, TechconnectAppFactory.AdminPassword);
        return client;
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
