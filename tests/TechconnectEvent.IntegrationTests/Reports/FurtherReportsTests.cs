using System.Net;
using System.Text;
using TechconnectEvent.IntegrationTests.Support;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Features.Administration;
using UglyToad.PdfPig;

namespace TechconnectEvent.IntegrationTests.Reports;

public sealed class FurtherReportsTests(TechconnectAppFactory factory) : IClassFixture<TechconnectAppFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/reports/booth-allocation.pdf", "Phân bổ gian hàng theo phân khu")]
    [InlineData("/reports/session-attendance.pdf", "Tham dự các phiên")]
    [InlineData("/reports/checkin-log.pdf", "Nhật ký check-in")]
    [InlineData("/reports/delegates.pdf", "Danh sách đại biểu")]
    public async Task Organiser_GetsEachReportAsAPdf_InTheRequestsLanguage(string path, string title)
    {
        var client = BrowserClient.Create(factory, "vi-VN");
        await client.SignInOrFailAsync(TechconnectAppFactory.AdminEmail, TechconnectAppFactory.AdminPassword);

        var response = await client.GetAsync(path, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var text = Text(await response.Content.ReadAsByteArrayAsync(Cancel));
        Assert.Contains(title, text, StringComparison.Ordinal);
        Assert.Contains("Trang 1/", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BoothAllocation_ForTheSeededFair_NamesTheZonesAndTheirSubtotals()
    {
        var client = BrowserClient.Create(factory, "en-US");
        await client.SignInOrFailAsync(TechconnectAppFactory.AdminEmail, TechconnectAppFactory.AdminPassword);

        var text = Text(await client.GetByteArrayAsync("/reports/booth-allocation.pdf", Cancel));

        Assert.Contains("Booth allocation by zone", text, StringComparison.Ordinal);
        Assert.Contains("All zones", text, StringComparison.Ordinal);
        Assert.Contains("Allocated", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/reports/booth-allocation.pdf")]
    [InlineData("/reports/session-attendance.pdf")]
    public async Task Staff_GetTheOpenReports(string path)
    {
        var client = BrowserClient.Create(factory, "vi-VN");
        await client.SignInOrFailAsync(await factory.CreateUserAsync(Roles.Staff), UserFactory.Password);

        var response = await client.GetAsync(path, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData(Roles.Staff, "/reports/checkin-log.pdf")]
    [InlineData(Roles.Staff, "/reports/delegates.pdf")]
    [InlineData(Roles.Exhibitor, "/reports/booth-allocation.pdf")]
    [InlineData(Roles.Exhibitor, "/reports/session-attendance.pdf")]
    [InlineData(Roles.Exhibitor, "/reports/checkin-log.pdf")]
    [InlineData(Roles.Exhibitor, "/reports/delegates.pdf")]
    public async Task OtherRoles_AreRefused(string role, string path)
    {
        var client = BrowserClient.Create(factory, "vi-VN");
        await client.SignInOrFailAsync(await factory.CreateUserAsync(role), UserFactory.Password);

        var response = await client.GetAsync(path, Cancel);

        // Cookie sign-in answers a refusal by sending the browser to the access-denied page.
        Assert.True(response.StatusCode is HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/Account/AccessDenied", StringComparison.Ordinal)),
            response.StatusCode.ToString());
    }

    [Theory]
    [InlineData("/reports/booth-allocation.pdf")]
    [InlineData("/reports/checkin-log.pdf")]
    public async Task Anonymous_IsSentToSignIn(string path)
    {
        var response = await BrowserClient.Create(factory, "vi-VN").GetAsync(path, Cancel);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
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
