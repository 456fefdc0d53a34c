using System.Net;
using System.Text;
using TechconnectEvent.IntegrationTests.Support;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Features.Administration;
using UglyToad.PdfPig;

namespace TechconnectEvent.IntegrationTests.Reports;

public sealed class PostEventReportEndpointTests(TechconnectAppFactory factory) : IClassFixture<TechconnectAppFactory>
{
    private const string Url = "/reports/post-event.pdf";
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Anonymous_IsSentToSignIn()
    {
        var client = BrowserClient.Create(factory, "vi-VN");

        var response = await client.GetAsync(Url, Token);

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Account/Login", StringComparison.Ordinal)),
            response.StatusCode.ToString());
    }

    [Theory]
    [InlineData(Roles.Exhibitor)]
    [InlineData(Roles.Delegate)]
    public async Task ExhibitorsAndDelegates_AreDenied(string role)
    {
        var client = BrowserClient.Create(factory, "vi-VN");
        await client.SignInOrFailAsync(await factory.CreateUserAsync(role), UserFactory.Password);

        var response = await client.GetAsync(Url, Token);

        Assert.True(response.StatusCode == HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Account/AccessDenied", StringComparison.Ordinal)),
            response.StatusCode.ToString());
    }

    [Fact]
    public async Task Staff_InVietnamese_GetsThePdfWithVietnameseChapters()
    {
        var client = BrowserClient.Create(factory, "vi-VN");
        await client.SignInOrFailAsync(await factory.CreateUserAsync(Roles.Staff), UserFactory.Password);

        var response = await client.GetAsync(Url, Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("post-event-2023-vi.pdf", response.Content.Headers.ContentDisposition!.FileName);
        var text = Text(await response.Content.ReadAsByteArrayAsync(Token));
        Assert.Contains("Báo cáo tổng kết sau sự kiện", text);
        Assert.Contains("Đăng ký và check-in", text);
        Assert.Contains("Mục lục", text);
    }

    [Fact]
    public async Task Organiser_InEnglish_GetsEnglishHeadings()
    {
        var client = BrowserClient.Create(factory, "en-US");
        await client.SignInOrFailAsync(TechconnectAppFactory.AdminEmail, TechconnectAppFactory.AdminPassword);

        var response = await client.GetAsync(Url, Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = Text(await response.Content.ReadAsByteArrayAsync(Token));
        Assert.Contains("Post-event report", text);
        Assert.Contains("Registration and check-in", text);
        Assert.Contains("Comparison with the previous edition", text);
        Assert.DoesNotContain("Mục lục", text);
    }

    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))).Normalize(NormalizationForm.FormC);
    }
}
