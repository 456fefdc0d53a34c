using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using TechconnectEvent.IntegrationTests.Support;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Features.Allocation;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Features.Zones;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Localization;
using UglyToad.PdfPig;

namespace TechconnectEvent.IntegrationTests.Editions;

/// <summary>
/// Two editions side by side (the demo's 2023 and an earlier year with its own marked zone, booth and exhibitor): every
/// organiser page, export and PDF shows only the edition the organiser works on.
/// </summary>
public sealed class EditionScopingTests(TechconnectAppFactory factory) : IClassFixture<TechconnectAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // The demo brings its own archived 2022 edition; the marked earlier edition is another year, made here.
    private const int MarkedYear = 2021;

    private static readonly Marks OfEarlier = new("ZZMARK22", "Q-901", "Viện Mốc Hai Không Hai Hai");
    private static readonly Marks Of2023 = new("YYMARK23", "Q-801", "Viện Mốc Hai Không Hai Ba");

    /// <summary>Every organiser page and endpoint that reads edition records.</summary>
    public static TheoryData<string> OrganiserUrls =>
    [
        "/exhibition/zones",
        "/exhibition/booths",
        "/exhibition/applications",
        "/exhibition/allocation",
        "/exhibition/plan",
        "/exhibition/booths/export.csv",
        "/exhibition/booths/export.xlsx",
        "/reports/zones.pdf",
        "/reports/floorplan.pdf",
        "/reports/booths.pdf",
    ];

    [Theory]
    [MemberData(nameof(OrganiserUrls))]
    public async Task WorkingOn2023_ShowsNothingOfEarlier(string url)
    {
        var (editions, client) = await ArrangeAsync();
        await WorkOnAsync(editions[2023]);

        var text = await ReadAsync(client, url);

        OfEarlier.AssertAbsentFrom(text, url);
        Of2023.AssertShownBy(text, url);
    }

    [Theory]
    [MemberData(nameof(OrganiserUrls))]
    public async Task WorkingOnTheEarlierEdition_ShowsNothingOf2023(string url)
    {
        var (editions, client) = await ArrangeAsync();
        await WorkOnAsync(editions[MarkedYear]);

        var text = await ReadAsync(client, url);

        Of2023.AssertAbsentFrom(text, url);
        OfEarlier.AssertShownBy(text, url);
    }

    [Fact]
    public async Task PublicDirectory_ByYear_ShowsThatYearsExhibitorsOnly()
    {
        await ArrangeAsync();
        var visitor = BrowserClient.Create(factory, "vi-VN");

        var current = await visitor.GetStringAsync("/exhibitors", Ct);
        var earlier = await visitor.GetStringAsync($"/exhibitors?year={MarkedYear}", Ct);
        var unknown = await visitor.GetAsync("/exhibitors?year=1890", Ct);
        var garbage = await visitor.GetAsync("/exhibitors?year=abc", Ct);

        Assert.Contains(Of2023.Exhibitor, current, StringComparison.Ordinal);
        Assert.DoesNotContain(OfEarlier.Exhibitor, current, StringComparison.Ordinal);
        Assert.Contains($"exhibitors?year={MarkedYear}", current, StringComparison.Ordinal);
        Assert.Contains(OfEarlier.Exhibitor, earlier, StringComparison.Ordinal);
        Assert.DoesNotContain(Of2023.Exhibitor, earlier, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Contains("data-testid=\"no-edition\"", await unknown.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, garbage.StatusCode);
    }

    [Fact]
    public async Task ImportIntoAnArchivedEdition_IsRefusedWithTheReadOnlyMessage()
    {
        var (editions, client) = await ArrangeAsync();
        await WorkOnAsync(editions[MarkedYear]);
        await SetStatusAsync(editions[MarkedYear], EditionStatus.Archived);
        try
        {
            using var form = new MultipartFormDataContent();
            var file = new ByteArrayContent(Encoding.UTF8.GetBytes($"code,zone,size,x,y,width,height\nQ-902,{OfEarlier.ZoneCode},Standard,10,200,3,3\n"));
            file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
            form.Add(file, "file", "booths.csv");

            var response = await client.PostAsync("/exhibition/booths/import", form, Ct);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
            var problem = Assert.Single(json.RootElement.GetProperty("problems").EnumerateArray());
            Assert.Equal("EditionReadOnly", problem.GetProperty("code").GetString());
            Assert.StartsWith($"Kỳ {MarkedYear} đã được lưu trữ và chỉ đọc", problem.GetProperty("message").GetString(), StringComparison.Ordinal);
            await using var db = await ContextAsync();
            Assert.False(await db.Booths.AnyAsync(b => b.Code == "Q-902", Ct));
        }
        finally
        {
            await SetStatusAsync(editions[MarkedYear], EditionStatus.Closed);
        }
    }

    [Fact]
    public async Task ImportWhileWorkingOn2023_NeverWritesIntoTheEarlierEdition()
    {
        var (editions, client) = await ArrangeAsync();
        await WorkOnAsync(editions[2023]);
        using var form = new MultipartFormDataContent();
        // The earlier zone's code is unknown in 2023: the import refuses the row rather than reaching across years.
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes($"code,zone,size,x,y,width,height\nQ-903,{OfEarlier.ZoneCode},Standard,200,60,3,3\n"));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "booths.csv");

        var response = await client.PostAsync("/exhibition/booths/import", form, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Import.UnknownZone", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        await using var db = await ContextAsync();
        Assert.False(await db.Booths.AnyAsync(b => b.Code == "Q-903", Ct));
    }

    private async Task<string> ReadAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        if (url.EndsWith(".pdf", StringComparison.Ordinal))
        {
            using var document = PdfDocument.Open(bytes);
            return string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))).Normalize(NormalizationForm.FormC);
        }
        if (url.EndsWith(".xlsx", StringComparison.Ordinal))
        {
            using var stream = new MemoryStream(bytes);
            return string.Join("\n", stream.Query().Select(row => string.Join(",", ((IDictionary<string, object?>)row).Values)));
        }
        return Encoding.UTF8.GetString(bytes);
    }

    private async Task<(Dictionary<int, int> Editions, HttpClient Client)> ArrangeAsync()
    {
        await using (var db = await ContextAsync())
        {
            if (!await db.Editions.AnyAsync(e => e.Year == MarkedYear, Ct))
            {
                var current = await db.Editions.SingleAsync(e => e.Year == 2023, Ct);
                // Open, as a live year would be, so that the public directory shows it.
                current.Status = EditionStatus.Open;
                var earlier = new Edition
                {
                    Year = MarkedYear,
                    Name = new LocalizedText($"Techconnect {MarkedYear}", $"Techconnect {MarkedYear}"),
                    Theme = new LocalizedText("", ""),
                    Venue = new LocalizedText("Trung tâm Hội nghị tỉnh", "Provincial Convention Centre"),
                    Province = new LocalizedText("Thừa Thiên Huế", "Thua Thien Hue"),
                    StartDate = new DateOnly(MarkedYear, 10, 20),
                    EndDate = new DateOnly(MarkedYear, 10, 21),
                    Status = EditionStatus.Closed,
                };
                db.Editions.Add(earlier);
                await db.SaveChangesAsync(Ct);
                await OfEarlier.SeedAsync(db, earlier.Id, y: 200);
                await Of2023.SeedAsync(db, current.Id, y: 210);
            }
        }
        var client = BrowserClient.Create(factory, "vi-VN");
        await client.SignInOrFailAsync(TechconnectAppFactory.AdminEmail, TechconnectAppFactory.AdminPassword);
        await using var read = await ContextAsync();
        return (await read.Editions.ToDictionaryAsync(e => e.Year, e => e.Id, Ct), client);
    }

    private async Task WorkOnAsync(int editionId)
    {
        await using var db = await ContextAsync();
        await db.Users.Where(u => u.Email == TechconnectAppFactory.AdminEmail)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.WorkingEditionId, editionId), Ct);
    }

    private async Task SetStatusAsync(int editionId, EditionStatus status)
    {
        await using var db = await ContextAsync();
        await db.Editions.Where(e => e.Id == editionId).ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, status), Ct);
    }

    private async Task<EventDbContext> ContextAsync() =>
        await factory.Services.GetRequiredService<IDbContextFactory<EventDbContext>>().CreateDbContextAsync(Ct);

    /// <summary>Names only one edition carries: a zone, a booth allocated to an exhibitor, its application.</summary>
    private sealed record Marks(string ZoneCode, string BoothCode, string Exhibitor)
    {
        public async Task SeedAsync(EventDbContext db, int editionId, double y)
        {
            var zone = new Zone { EditionId = editionId, Code = ZoneCode, Name = new LocalizedText("Khu " + ZoneCode, "Zone " + ZoneCode), Colour = "#8E24AA", SortOrder = 99 };
            var organisation = new Organization { Name = new LocalizedText(Exhibitor, Exhibitor), Type = OrganizationType.Enterprise };
            db.AddRange(zone, organisation);
            await db.SaveChangesAsync(Ct);
            var booth = new Booth { EditionId = editionId, ZoneId = zone.Id, Code = BoothCode, X = 0, Y = y, Width = 3, Height = 3 };
            var application = new ExhibitorApplication { EditionId = editionId, OrganizationId = organisation.Id };
            db.AddRange(booth, application);
            await db.SaveChangesAsync(Ct);
            booth.Allocate(application.Id, DateTimeOffset.UnixEpoch);
            db.BoothAllocations.Add(new BoothAllocation { EditionId = editionId, BoothId = booth.Id, ApplicationId = application.Id, OrganizationId = organisation.Id, AllocatedAt = DateTimeOffset.UnixEpoch });
            await db.SaveChangesAsync(Ct);
        }

        /// <summary>
        /// The working edition's own marks are there, so an absence above means scoping, not an empty page. The
        /// booth grid and the allocation page fill their rows once the circuit starts, so their prerender has none.
        /// </summary>
        public void AssertShownBy(string text, string url)
        {
            if (url is "/exhibition/booths" or "/exhibition/allocation")
            {
                return;
            }
            var compact = text.Replace(" ", "", StringComparison.Ordinal);
            Assert.True(compact.Contains(ZoneCode, StringComparison.Ordinal) || compact.Contains(BoothCode, StringComparison.Ordinal)
                || text.Contains(Exhibitor, StringComparison.Ordinal), $"{url} shows none of its own edition's marks");
        }

        public void AssertAbsentFrom(string text, string url)
        {
            var compact = text.Replace(" ", "", StringComparison.Ordinal);
            Assert.False(text.Contains(ZoneCode, StringComparison.Ordinal), $"{url} shows zone {ZoneCode}");
            Assert.False(compact.Contains(BoothCode, StringComparison.Ordinal), $"{url} shows booth {BoothCode}");
            Assert.False(text.Contains(Exhibitor, StringComparison.Ordinal), $"{url} shows {Exhibitor}");
        }
    }
}
