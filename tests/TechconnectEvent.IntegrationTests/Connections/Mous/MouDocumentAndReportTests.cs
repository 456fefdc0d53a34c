using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using TechconnectEvent.IntegrationTests.Support;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Connections;
using TechconnectEvent.Web.Features.Forum;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Localization;
using UglyToad.PdfPig;

namespace TechconnectEvent.IntegrationTests.Connections.Mous;

public sealed class MouDocumentAndReportTests(TechconnectAppFactory factory) : IClassFixture<TechconnectAppFactory>
{
    private const string Signatory = "PGS.TS. Trịnh Thu Hà";
    private const string Witness = "Phó Thủ tướng Chính phủ Trần Lưu Quang";
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>An MoU at stage order 1 of a ceremony in the working (demo) edition, between the first two organisations.</summary>
    private async Task<int> AddMouAsync()
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<EventDbContext>>().CreateDbContextAsync(Token);
        var edition = await db.Editions.SingleAsync(e => e.IsCurrent, Token);
        var organizations = await db.Organizations.OrderBy(o => o.Id).Take(2).ToListAsync(Token);
        var ceremony = new ForumSession
        {
            EditionId = edition.Id, Title = new LocalizedText("Lễ ký kết hợp tác " + Guid.NewGuid().ToString("N")[..6], "MoU ceremony"),
            Kind = SessionKind.MouCeremony, StartsAt = new DateTimeOffset(2023, 9, 29, 8, 0, 0, TimeSpan.Zero), EndsAt = new DateTimeOffset(2023, 9, 29, 9, 0, 0, TimeSpan.Zero),
        };
        db.ForumSessions.Add(ceremony);
        await db.SaveChangesAsync(Token);
        var mou = new Mou
        {
            EditionId = edition.Id, Title = new LocalizedText("=Ghi nhớ hợp tác vật liệu mới", "New materials MoU"), CeremonySessionId = ceremony.Id, StageOrder = 1,
            Status = MouStatus.Prepared, ValueVnd = 1_500_000_000,
            Parties = [.. organizations.Select((o, i) => new MouParty { OrganizationId = o.Id, SortOrder = i + 1, Role = MouPartyRole.Partner, SignatoryName = Signatory, SignatoryPosition = "Viện trưởng" })],
            Witnesses = [new MouWitness { Name = Witness, Title = "Khách mời", SortOrder = 1 }],
        };
        db.Mous.Add(mou);
        await db.SaveChangesAsync(Token);
        return mou.Id;
    }

    private async Task<HttpClient> OrganiserAsync(string culture = "vi-VN")
    {
        var client = BrowserClient.Create(factory, culture);
        await client.SignInOrFailAsync(TechconnectAppFactory.AdminEmail, TechconnectAppFactory.AdminPassword);
        return client;
    }

    private static MultipartFormDataContent File(byte[] content, string name, string declaredType = "application/pdf")
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(declaredType);
        return new MultipartFormDataContent { { file, "file", name } };
    }

    private async Task<int> DocumentRowsAsync(int mouId)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<EventDbContext>>().CreateDbContextAsync(Token);
        return await db.MouDocuments.CountAsync(d => d.MouId == mouId, Token);
    }

    private string[] StoredFiles() => Directory.Exists(factory.DocumentsFolder) ? Directory.GetFiles(factory.DocumentsFolder) : [];

    public static TheoryData<string, int, string, HttpStatusCode> Refused => new()
    {
        { "text", 0, "report.pdf", HttpStatusCode.BadRequest },
        { "large", 21 * 1024 * 1024, "big.pdf", HttpStatusCode.RequestEntityTooLarge },
        { "pdf", 0, "../evil.pdf", HttpStatusCode.BadRequest },
        { "pdf", 0, "a/b.pdf", HttpStatusCode.BadRequest },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Upload_Refused_LeavesNoFileAndNoRow(string kind, int size, string name, HttpStatusCode expected)
    {
        var id = await AddMouAsync();
        var client = await OrganiserAsync();
        var before = StoredFiles().Length;
        var content = kind switch
        {
            "text" => Encoding.UTF8.GetBytes("Đây là văn bản, không phải PDF"),
            "large" => [.. Pdf, .. new byte[size]],
            _ => Pdf,
        };

        var response = await client.PostAsync($"/connections/mous/{id}/documents", File(content, name), Token);

        Assert.Equal(expected, response.StatusCode);
        Assert.Contains("\"errors\"", await response.Content.ReadAsStringAsync(Token));
        Assert.Equal(before, StoredFiles().Length);
        Assert.Equal(0, await DocumentRowsAsync(id));
    }

    [Theory]
    [InlineData("Biên bản ký kết.pdf", "application/pdf")]
    [InlineData("ảnh lễ ký.png", "image/png")]
    public async Task Upload_RealFile_IsStoredOutsideWwwroot_DownloadableByOrganiserOnly(string name, string type)
    {
        var id = await AddMouAsync();
        var client = await OrganiserAsync();
        var bytes = type == "image/png" ? Png : Pdf;

        var response = await client.PostAsync($"/connections/mous/{id}/documents", File(bytes, name, "text/plain"), Token);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<EventDbContext>>().CreateDbContextAsync(Token);
        var document = await db.MouDocuments.SingleAsync(d => d.MouId == id, Token);
        Assert.Equal((name, type), (document.FileName, document.ContentType));
        var stored = Path.Combine(factory.DocumentsFolder, document.StoredName);
        Assert.True(System.IO.File.Exists(stored));
        Assert.DoesNotContain("wwwroot", Path.GetFullPath(stored), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(".tmp", string.Join(",", StoredFiles()), StringComparison.Ordinal);

        var download = await client.GetAsync($"/connections/mous/{id}/documents/{document.Id}", Token);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync(Token));
        Assert.Equal(type, download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());

        var exhibitor = BrowserClient.Create(factory, "vi-VN");
        await exhibitor.SignInOrFailAsync(await factory.CreateUserAsync(Roles.Exhibitor), UserFactory.Password);
        var refused = await exhibitor.GetAsync($"/connections/mous/{id}/documents/{document.Id}", Token);
        AssertDenied(refused);
    }

    [Fact]
    public async Task RunSheet_HasTheVietnameseNamesExactly()
    {
        await AddMouAsync();
        var client = await OrganiserAsync();

        var response = await client.GetAsync("/reports/mou-runsheet.pdf", Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = PdfText(await response.Content.ReadAsByteArrayAsync(Token));
        Assert.Contains(Signatory, text);
        Assert.Contains(Witness, text);
        Assert.Contains("Kịch bản lễ ký kết", text);
    }

    [Fact]
    public async Task Register_CsvAndXlsx_HaveTheRows_FormulaSafe_AndPdfShowsTheValue()
    {
        await AddMouAsync();
        var client = await OrganiserAsync();

        var csv = await client.GetByteArrayAsync("/reports/mous.csv", Token);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), csv[..3]);
        var csvText = Encoding.UTF8.GetString(csv);
        Assert.Contains("'=Ghi nhớ hợp tác vật liệu mới", csvText);
        Assert.Contains(Signatory, csvText);

        var xlsx = await client.GetByteArrayAsync("/reports/mous.xlsx", Token);
        var rows = MiniExcel.Query(new MemoryStream(xlsx), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Contains(rows, r => (string?)r["title_vi"] == "'=Ghi nhớ hợp tác vật liệu mới" && ((string?)r["parties"])!.Contains(Signatory, StringComparison.Ordinal));

        var pdf = PdfText(await client.GetByteArrayAsync("/reports/mous.pdf", Token));
        Assert.Contains("1.500.000.000 ₫", pdf);
    }

    [Theory]
    [InlineData("/reports/mous.pdf")]
    [InlineData("/reports/mous.csv")]
    [InlineData("/reports/mous.xlsx")]
    [InlineData("/reports/mou-runsheet.pdf")]
    public async Task Reports_AreForbiddenToAnExhibitor(string url)
    {
        var exhibitor = BrowserClient.Create(factory, "vi-VN");
        await exhibitor.SignInOrFailAsync(await factory.CreateUserAsync(Roles.Exhibitor), UserFactory.Password);

        AssertDenied(await exhibitor.GetAsync(url, Token));
    }

    /// <summary>A signed-in person without the role: 403, or the cookie handler's redirect to the access-denied page.</summary>
    private static void AssertDenied(HttpResponseMessage response) =>
        Assert.True(response.StatusCode == HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Account/AccessDenied", StringComparison.Ordinal)),
            response.StatusCode.ToString());

    private static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))).Normalize(NormalizationForm.FormC);
    }
}
