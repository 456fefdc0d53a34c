using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using TechconnectEvent.IntegrationTests.Support;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.IntegrationTests.Booths;

public sealed class BoothImportExportTests(TechconnectAppFactory factory) : IClassFixture<TechconnectAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpClient> OrganiserAsync(string language = "vi-VN")
    {
        var client = BrowserClient.Create(factory, language);
        await client.SignInOrFailAsync(TechconnectAppFactory.AdminEmail, TechconnectAppFactory.AdminPassword);
        return client;
    }

    private static MultipartFormDataContent File(byte[] content, string name)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", name);
        return form;
    }

    private async Task<int> CountAsync(string codePrefix)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<EventDbContext>>().CreateDbContextAsync(Ct);
        return await db.Booths.CountAsync(b => b.Code.StartsWith(codePrefix), Ct);
    }

    [Fact]
    public async Task ImportCsv_ValidFile_Returns200AndTheBoothsExist()
    {
        var client = await OrganiserAsync();
        var csv = Encoding.UTF8.GetBytes("code,zone,size,x,y,width,height\nIT-01,AI,Standard,100,60,3,3\nIT-02,AI,Góc,103,60,3,3\n");

        var response = await client.PostAsync("/exhibition/booths/import", File(csv, "booths.csv"), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(2, json.RootElement.GetProperty("count").GetInt32());
        Assert.Equal(2, await CountAsync("IT-"));
    }

    [Fact]
    public async Task ImportCsv_BadFile_Returns400WithTheRowReportInVietnameseAndWritesNothing()
    {
        var client = await OrganiserAsync();
        var csv = Encoding.UTF8.GetBytes("code,zone,size,x,y,width,height\nBAD-01,AI,Standard,100,50,3,3\nBAD-02,NOPE,Standard,104,50,3,3\nBAD-03,AI,Standard,x,50,3,3\n");

        var response = await client.PostAsync("/exhibition/booths/import", File(csv, "booths.csv"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var problems = json.RootElement.GetProperty("problems").EnumerateArray().ToList();
        Assert.Equal([(3, "Import.UnknownZone"), (4, "Import.NotANumber")],
            problems.Select(p => (p.GetProperty("row").GetInt32(), p.GetProperty("code").GetString()!)));
        Assert.Equal("Không có phân khu đang hoạt động nào có mã “NOPE”.", problems[0].GetProperty("message").GetString());
        Assert.Equal(0, await CountAsync("BAD-"));
    }

    [Fact]
    public async Task Import_WithoutAFile_Returns400NotAServerError()
    {
        var client = await OrganiserAsync("en-US");

        var response = await client.PostAsync("/exhibition/booths/import", new StringContent("nothing"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Import.NoFile", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task ImportXlsx_ValidWorkbook_Returns200()
    {
        var client = await OrganiserAsync();
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, new[]
        {
            new Dictionary<string, object> { ["code"] = "XL-01", ["zone"] = "AI", ["size"] = "Island", ["x"] = 100, ["y"] = 40, ["width"] = 6, ["height"] = 6 },
        });

        var response = await client.PostAsync("/exhibition/booths/import", File(stream.ToArray(), "booths.xlsx"), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, await CountAsync("XL-"));
    }

    [Fact]
    public async Task ExportCsv_HasBomVietnameseNamesAndNeutralisedFormulas()
    {
        await GiveAnExhibitorAHostileNameAsync();
        var client = await OrganiserAsync();

        var response = await client.GetAsync("/exhibition/booths/export.csv", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes);
        Assert.Contains("Khu công nghệ trí tuệ nhân tạo", text);
        Assert.Contains("'=HYPERLINK(", text);
        Assert.DoesNotContain(",=HYPERLINK", text);
        Assert.DoesNotContain(",\"=HYPERLINK", text);
    }

    [Fact]
    public async Task ExportXlsx_HasVietnameseNamesAndNeutralisedFormulas()
    {
        await GiveAnExhibitorAHostileNameAsync();
        var client = await OrganiserAsync();

        var bytes = await client.GetByteArrayAsync("/exhibition/booths/export.xlsx", Ct);

        using var stream = new MemoryStream(bytes);
        var rows = MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.True(rows.Count >= 228);
        Assert.Contains(rows, r => (string)r["zone_name_vi"] == "Khu công nghệ trí tuệ nhân tạo");
        var hostile = rows.Where(r => r["exhibitor"] is string s && s.Contains("HYPERLINK", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(hostile);
        Assert.All(hostile, row => Assert.StartsWith("'=", (string)row["exhibitor"]));
    }

    [Theory]
    [InlineData("/exhibition/booths/export.csv")]
    [InlineData("/exhibition/booths/export.xlsx")]
    public async Task Export_ForAnExhibitor_IsDeniedAndForAnonymous_RedirectsToSignIn(string url)
    {
        var email = await factory.CreateUserAsync(Roles.Exhibitor);
        var exhibitor = BrowserClient.Create(factory);
        await exhibitor.SignInOrFailAsync(email, UserFactory.Password);
        var anonymous = BrowserClient.Create(factory);

        var denied = await exhibitor.GetAsync(url, Ct);
        var redirected = await anonymous.GetAsync(url, Ct);

        // The app's cookie scheme answers "forbidden" with a redirect to its access-denied page.
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("/Account/AccessDenied", denied.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.Contains("/Account/Login", redirected.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Import_ByAnExhibitor_IsDeniedAndWritesNothing()
    {
        var email = await factory.CreateUserAsync(Roles.Exhibitor);
        var client = BrowserClient.Create(factory);
        await client.SignInOrFailAsync(email, UserFactory.Password);
        var csv = Encoding.UTF8.GetBytes("code,zone,size,x,y,width,height\nEX-01,AI,Standard,100,64,3,3\n");

        var response = await client.PostAsync("/exhibition/booths/import", File(csv, "booths.csv"), Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location!.ToString());
        Assert.Equal(0, await CountAsync("EX-"));
    }

    [Theory]
    [InlineData("/exhibition/booths")]
    [InlineData("/exhibition/zones")]
    public async Task Pages_ForAnonymousVisitors_RedirectToSignIn(string url)
    {
        var response = await BrowserClient.Create(factory).GetAsync(url, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.ToString());
    }

    /// <summary>Renames the exhibitor of an allocated booth to a spreadsheet formula, as a hostile applicant might.</summary>
    private async Task GiveAnExhibitorAHostileNameAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<EventDbContext>>().CreateDbContextAsync(Ct);
        if (await db.Organizations.AnyAsync(o => o.Name.Vi.StartsWith("=HYPERLINK"), Ct))
        {
            return;
        }
        var allocation = await db.BoothAllocations.OrderBy(a => a.Id).FirstAsync(Ct);
        var organisation = await db.Organizations.SingleAsync(o => o.Id == allocation.OrganizationId, Ct);
        organisation.Name = new Web.Infrastructure.Localization.LocalizedText("=HYPERLINK(\"http://evil\",\"Bấm\")", "=HYPERLINK(\"http://evil\")");
        organisation.Version++;
        await db.SaveChangesAsync(Ct);
    }
}
