using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using TechconnectEvent.IntegrationTests.Support;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.CheckIns.Devices;
using TechconnectEvent.Web.Features.CheckIns.Gates;
using TechconnectEvent.Web.Features.Connections;
using TechconnectEvent.Web.Features.Connections.Matchmaking;
using TechconnectEvent.Web.Features.Connections.Meetings;
using TechconnectEvent.Web.Features.Connections.Requests;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.Forum;
using TechconnectEvent.Web.Features.Forum.Attendance;
using TechconnectEvent.Web.Features.Forum.Rooms;
using TechconnectEvent.Web.Features.Forum.Sessions;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Features.Registrations.Categories;
using TechconnectEvent.Web.Features.Zones;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.IntegrationTests.Export;

/// <summary>Every list export: who may download it, its translated header, one row per record, nothing a spreadsheet would run.</summary>
public sealed class ListExportTests(TechconnectAppFactory factory) : IClassFixture<TechconnectAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Hostile = "=HYPERLINK(\"http://evil.example\",\"Bấm vào đây\")";

    /// <summary>Each export with an independent count of the records it should list, in the working (current) edition.</summary>
    private static readonly Dictionary<string, (IReadOnlyList<string> HeaderKeys, Func<EventDbContext, int, Task<int>> Count)> Exports = new()
    {
        ["/exhibition/zones"] = (Keys(new ZonesExport()), (db, e) => db.Zones.CountAsync(z => z.EditionId == e, Ct)),
        ["/exhibition/organizations"] = (Keys(new OrganizationsExport()), (db, _) => db.Organizations.CountAsync(Ct)),
        ["/exhibition/applications"] = (Keys(new ApplicationsExport()), (db, e) => db.ExhibitorApplications.CountAsync(a => a.EditionId == e, Ct)),
        ["/registrations/categories"] = (Keys(new CategoriesExport()), (db, e) => db.RegistrationCategories.CountAsync(c => c.EditionId == e, Ct)),
        ["/checkin/devices"] = (Keys(new DevicesExport()), (db, e) => db.Devices.CountAsync(d => d.EditionId == e, Ct)),
        ["/checkin/gates"] = (Keys(new GatesExport()), (db, e) => db.ScanPoints.CountAsync(p => p.EditionId == e, Ct)),
        ["/forum/sessions"] = (Keys(new SessionsExport()), (db, e) => db.ForumSessions.CountAsync(s => s.EditionId == e, Ct)),
        ["/forum/rooms"] = (Keys(new RoomsExport()), (db, e) => db.Rooms.CountAsync(r => r.EditionId == e, Ct)),
        ["/forum/rooms/topics"] = (Keys(new TopicsExport()), (db, e) => db.Topics.CountAsync(t => t.EditionId == e, Ct)),
        ["/forum/attendance"] = (Keys(new AttendanceExport()),
            (db, e) => db.ForumSessions.CountAsync(s => s.EditionId == e && s.Status != SessionStatus.Draft, Ct)),
        ["/connections/offers"] = (Keys(new OffersExport()), async (db, e) =>
            await db.TechnologyOffers.CountAsync(o => o.EditionId == e, Ct) + await db.TechnologyNeeds.CountAsync(n => n.EditionId == e, Ct)),
        ["/connections/requests"] = (Keys(new RequestsExport()), (db, e) => db.MeetingRequests.CountAsync(r => r.EditionId == e, Ct)),
        ["/connections/schedule"] = (Keys(new ScheduleExport()), (db, e) => db.Meetings.CountAsync(m => m.EditionId == e, Ct)),
        ["/admin/users"] = (Keys(new UsersExport()), (db, _) => db.Users.CountAsync(Ct)),
        ["/admin/outbox"] = (Keys(new OutboxExport()), (db, _) => db.Outbox.CountAsync(Ct)),
        ["/admin/editions"] = (Keys(new EditionsExport()), (db, _) => db.Editions.CountAsync(Ct)),
    };

    private static IReadOnlyList<string> Keys<TRow>(TechconnectEvent.Web.Infrastructure.Export.ListExport<TRow> export) =>
        export.Columns.Select(c => c.HeaderKey).ToList();

    public static TheoryData<string, string, string> Routes()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var route in Exports.Keys)
        {
            data.Add(route, "csv", "vi-VN");
            data.Add(route, "xlsx", "en-US");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Organiser_GetsEveryRecord_WithTheHeaderInTheirLanguage_AndNothingRunnable(string route, string format, string language)
    {
        var editionId = await SeedHostileRecordsAsync();
        var client = await SignInAsync(TechconnectAppFactory.AdminEmail, TechconnectAppFactory.AdminPassword, language);

        var response = await client.GetAsync($"{route}/export.{format}", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(format == "csv" ? "text/csv" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith($"-2023.{format}", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        var rows = Read(await response.Content.ReadAsByteArrayAsync(Ct), format);
        var (keys, count) = Exports[route];
        Assert.Equal(Translate(keys, language), rows[0].Select(c => c?.ToString()));
        await using (var db = await OpenAsync())
        {
            Assert.Equal(await count(db, editionId), rows.Count - 1);
        }
        Assert.DoesNotContain(rows.SelectMany(r => r), c => c is string text && text.Length > 0 && text[0] is '=' or '+' or '@');
    }

    [Theory]
    [InlineData("/exhibition/zones")]
    [InlineData("/exhibition/organizations")]
    [InlineData("/forum/rooms")]
    [InlineData("/forum/rooms/topics")]
    [InlineData("/connections/offers")]
    public async Task ARecordNamedLikeAFormula_ComesOutAsText(string route)
    {
        await SeedHostileRecordsAsync();
        var client = await SignInAsync(TechconnectAppFactory.AdminEmail, TechconnectAppFactory.AdminPassword, "vi-VN");

        var csv = await client.GetByteArrayAsync($"{route}/export.csv", Ct);
        var text = Encoding.UTF8.GetString(csv);
        Assert.Contains("'=HYPERLINK(", text, StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK(", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"=HYPERLINK(", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n=HYPERLINK(", text, StringComparison.Ordinal);
        var rows = Read(await client.GetByteArrayAsync($"{route}/export.xlsx", Ct), "xlsx");
        Assert.Contains(rows.SelectMany(r => r), c => Equals(c, "'" + Hostile));
    }

    [Theory]
    [InlineData(Roles.Staff, "/exhibition/zones/export.csv")]
    [InlineData(Roles.Staff, "/admin/users/export.xlsx")]
    [InlineData(Roles.Exhibitor, "/forum/sessions/export.csv")]
    [InlineData(Roles.SessionChair, "/connections/schedule/export.xlsx")]
    [InlineData(Roles.Delegate, "/admin/audit/export.xlsx")]
    [InlineData(Roles.Staff, "/forum/attendance/export.csv")]
    public async Task AWrongRole_IsRefused(string role, string url)
    {
        var client = await SignInAsync(await factory.CreateUserAsync(role), UserFactory.Password, "vi-VN");

        var response = await client.GetAsync(url, Ct);

        Assert.True(response.StatusCode == HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("AccessDenied", StringComparison.Ordinal)),
            response.StatusCode.ToString());
    }

    [Fact]
    public async Task AContactsExport_HoldsOnlyTheirOwnOrganisationsOffersAndNeeds()
    {
        var editionId = await SeedHostileRecordsAsync();
        int ownId;
        await using (var db = await OpenAsync())
        {
            var own = new Organization { Name = new LocalizedText("Công ty Xuất Tệp Riêng " + Guid.NewGuid().ToString("N")[..6], "Own Export Co") };
            db.Organizations.Add(own);
            await db.SaveChangesAsync(Ct);
            ownId = own.Id;
            db.TechnologyNeeds.Add(new TechnologyNeed
            {
                EditionId = editionId, OrganizationId = ownId, Field = TechnologyField.GreenEnergy,
                Title = new LocalizedText("Cần pin mặt trời, hiệu suất cao", "Solar cells"), ContactName = "Lê Thị Hoa",
                CreatedAt = factory.Clock.GetUtcNow(), UpdatedAt = factory.Clock.GetUtcNow(),
            });
            await db.SaveChangesAsync(Ct);
        }
        var client = await SignInAsync(await factory.CreateContactAsync(ownId), UserFactory.Password, "vi-VN");

        foreach (var format in new[] { "csv", "xlsx" })
        {
            var rows = Read(await client.GetByteArrayAsync($"/connections/offers/export.{format}", Ct), format);

            var ownName = await OrganisationNameAsync(ownId);
            var body = Assert.Single(rows.Skip(1));
            Assert.Equal(ownName, body[1]);
            Assert.Equal("Cần pin mặt trời, hiệu suất cao", body[2]);
        }
    }

    [Fact]
    public async Task AContactWithoutAnOrganisation_GetsATranslated403()
    {
        var client = await SignInAsync(await factory.CreateUserAsync(Roles.Exhibitor), UserFactory.Password, "en-US");

        var response = await client.GetAsync("/connections/offers/export.csv", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("not linked to an organisation", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditLogXlsx_HasTheCsvsRows_WithTranslatedHeaders()
    {
        var client = await SignInAsync(TechconnectAppFactory.AdminEmail, TechconnectAppFactory.AdminPassword, "en-US");

        var csv = Read(await client.GetByteArrayAsync("/admin/audit/export.csv", Ct), "csv");
        var xlsx = Read(await client.GetByteArrayAsync("/admin/audit/export.xlsx", Ct), "xlsx");

        Assert.Equal(csv.Count, xlsx.Count);
        Assert.Equal("Time", xlsx[0][0]);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/admin/audit/export.xlsx?from=yesterday", Ct)).StatusCode);
    }

    private async Task<HttpClient> SignInAsync(string email, string password, string language)
    {
        var client = BrowserClient.Create(factory, language);
        await client.SignInOrFailAsync(email, password);
        return client;
    }

    private async Task<EventDbContext> OpenAsync() =>
        await factory.Services.GetRequiredService<IDbContextFactory<EventDbContext>>().CreateDbContextAsync(Ct);

    private async Task<string> OrganisationNameAsync(int id)
    {
        await using var db = await OpenAsync();
        return (await db.Organizations.SingleAsync(o => o.Id == id, Ct)).Name.Vi;
    }

    /// <summary>Adds, once, records whose names a spreadsheet would run as a formula; returns the current edition.</summary>
    private async Task<int> SeedHostileRecordsAsync()
    {
        await using var db = await OpenAsync();
        var edition = await db.Editions.SingleAsync(e => e.IsCurrent, Ct);
        if (await db.Zones.AnyAsync(z => z.Code == "XF", Ct))
        {
            return edition.Id;
        }
        var name = new LocalizedText(Hostile, Hostile);
        var organisation = new Organization { Name = name };
        db.Organizations.Add(organisation);
        db.Zones.Add(new Zone { EditionId = edition.Id, Code = "XF", Name = name });
        db.Rooms.Add(new Room { EditionId = edition.Id, Name = name, Capacity = 20 });
        db.Topics.Add(new Topic { EditionId = edition.Id, Code = "XF", Name = name });
        await db.SaveChangesAsync(Ct);
        db.TechnologyOffers.Add(new TechnologyOffer
        {
            EditionId = edition.Id, OrganizationId = organisation.Id, Field = TechnologyField.Other, Title = name, ContactName = "Phạm Văn An",
            CreatedAt = factory.Clock.GetUtcNow(), UpdatedAt = factory.Clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(Ct);
        return edition.Id;
    }

    private List<string?> Translate(IReadOnlyList<string> keys, string language)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            var text = factory.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
            return keys.Select(k => (string?)text[k].Value).ToList();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static List<object?[]> Read(byte[] content, string format)
    {
        if (format == "csv")
        {
            Assert.Equal(Encoding.UTF8.Preamble.ToArray(), content[..3]);
        }
        using var stream = new MemoryStream(content);
        return MiniExcel.Query(stream, useHeaderRow: false, excelType: format == "csv" ? ExcelType.CSV : ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>()
            .Select(row => row.Values.ToArray())
            .ToList();
    }
}
