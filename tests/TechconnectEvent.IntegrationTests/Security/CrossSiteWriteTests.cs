using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechconnectEvent.IntegrationTests.Support;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.IntegrationTests.Security;

/// <summary>
/// A page on another site cannot make a signed-in organiser's or exhibitor's browser change data through the
/// endpoints that scripts use without an antiforgery token.
/// </summary>
public sealed class CrossSiteWriteTests(TechconnectAppFactory factory) : IClassFixture<TechconnectAppFactory>
{
    private const string Evil = "https://evil.example";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static MultipartFormDataContent CsvForm(string csv)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "booths.csv");
        return form;
    }

    private async Task<HttpClient> SignedInAsync(string email, string password)
    {
        var client = BrowserClient.Create(factory, "en-US");
        await client.SignInOrFailAsync(email, password);
        return client;
    }

    private async Task<int> CountBoothsAsync(string prefix)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<EventDbContext>>().CreateDbContextAsync(Ct);
        return await db.Booths.CountAsync(b => b.Code.StartsWith(prefix), Ct);
    }

    [Theory]
    [InlineData("Origin", Evil)]
    [InlineData("Origin", "null")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    public async Task BoothImport_FromAnotherSitesForm_Is403AndWritesNothing(string header, string value)
    {
        var client = await SignedInAsync(TechconnectAppFactory.AdminEmail, TechconnectAppFactory.AdminPassword);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/exhibition/booths/import")
        {
            Content = CsvForm("code,zone,size,x,y,width,height\nCS-01,AI,Standard,100,66,3,3\n"),
        };
        request.Headers.Add(header, value);

        var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("another site", await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(0, await CountBoothsAsync("CS-"));
    }

    [Fact]
    public async Task BoothImport_FromTheAppsOwnOrigin_StillWorks()
    {
        var client = await SignedInAsync(TechconnectAppFactory.AdminEmail, TechconnectAppFactory.AdminPassword);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/exhibition/booths/import")
        {
            Content = CsvForm("code,zone,size,x,y,width,height\nSO-01,AI,Standard,100,69,1,1\n"),
        };
        request.Headers.Add("Origin", client.BaseAddress!.GetLeftPart(UriPartial.Authority));
        request.Headers.Add("Sec-Fetch-Site", "same-origin");

        var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, await CountBoothsAsync("SO-"));
    }

    [Fact]
    public async Task ExhibitorApi_CrossSiteFormPost_Is403()
    {
        var email = await factory.CreateUserAsync(Roles.Organiser);
        var client = await SignedInAsync(email, UserFactory.Password);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/exhibitor/technologies")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["titleVi"] = "Giả mạo" }),
        };
        request.Headers.Add("Origin", Evil);

        var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ExhibitorApi_JsonSentAsPlainText_IsRefusedAsNotJson()
    {
        // text/plain is what a page on another site can post without a preflight, even with no Origin to check.
        var email = await factory.CreateUserAsync(Roles.Organiser);
        var client = await SignedInAsync(email, UserFactory.Password);
        var body = new StringContent("{\"organizationId\":1,\"titleVi\":\"Giả mạo\",\"titleEn\":\"Forged\",\"field\":\"DigitalTechnology\",\"readinessLevel\":5,\"offerType\":\"Demonstration\"}",
            Encoding.UTF8, "text/plain");

        var response = await client.PostAsync("/api/exhibitor/technologies", body, Ct);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("application/json", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task ExhibitorApi_ReadsFromAnotherOrigin_AreNotWrites_AndPass()
    {
        var email = await factory.CreateUserAsync(Roles.Organiser);
        var client = await SignedInAsync(email, UserFactory.Password);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/exhibitor/technologies?organizationId=1");
        request.Headers.Add("Sec-Fetch-Site", "cross-site");

        var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(await response.Content.ReadFromJsonAsync<object[]>(Ct));
    }
}
