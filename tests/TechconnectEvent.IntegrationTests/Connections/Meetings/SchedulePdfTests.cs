using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechconnectEvent.IntegrationTests.Support;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Connections;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Localization;
using UglyToad.PdfPig;

namespace TechconnectEvent.IntegrationTests.Connections.Meetings;

/// <summary>The printable schedules: an organisation's own meetings, and the table signs, over HTTP in both languages.</summary>
public sealed class SchedulePdfTests(TechconnectAppFactory factory) : IClassFixture<TechconnectAppFactory>
{
    private const string Link = "https://meet.vn/ket-noi";
    // Round and table numbers far above the demo edition's own, unique per arranged scene.
    private static int nextNumber = 100;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private sealed record Scene(
        int Ours, string OursName, int OnsiteId, string Onsite, string Online, string Waiting, string[] Hidden,
        int OnsiteTable, int OnlineTable, int EmptyTable, int ClosedTableId, int OnlineTableId, string Subject, string ContactOnsite);

    /// <summary>
    /// In the current edition: our organisation meets one counterpart onsite (round at 09:40) and one online (round at
    /// 09:00), waits for a round with a third; two other organisations meet at our onsite table, and a cancelled meeting
    /// of ours is left out. Plus an open table with no meetings and a closed one.
    /// </summary>
    private async Task<Scene> ArrangeAsync()
    {
        var number = Interlocked.Add(ref nextNumber, 10);
        var tag = Guid.NewGuid().ToString("N")[..6];
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<EventDbContext>>().CreateDbContextAsync(Token);
        var edition = await db.Editions.SingleAsync(e => e.IsCurrent, Token);
        var names = new[]
        {
            "Viện Công nghệ Môi trường " + tag, "Công ty Điện tử Hạ Long " + tag, "Trường Đại học Mỏ " + tag, "Hợp tác xã Đầm Hà " + tag,
            "Công ty Thủy sản Vân Đồn " + tag, "Công ty Nhựa Ứng Hòa " + tag, "Viện Nghiên cứu Hải sản " + tag,
        };
        var organizations = names.Select(n => new Organization { Name = new LocalizedText(n, n), Type = OrganizationType.Enterprise }).ToArray();
        db.Organizations.AddRange(organizations);
        var early = new MeetingRound { EditionId = edition.Id, Number = number, StartsAt = new DateTimeOffset(2023, 9, 29, 2, 0, 0, TimeSpan.Zero), Minutes = 30 };
        var late = new MeetingRound { EditionId = edition.Id, Number = number + 1, StartsAt = new DateTimeOffset(2023, 9, 29, 2, 40, 0, TimeSpan.Zero), Minutes = 30 };
        db.MeetingRounds.AddRange(early, late);
        var onsite = new MeetingTable { EditionId = edition.Id, Number = 9000 + number, Location = "Khu kết nối, dãy B" };
        var online = new MeetingTable { EditionId = edition.Id, Number = 9001 + number, IsOnline = true, MeetingLink = Link };
        var empty = new MeetingTable { EditionId = edition.Id, Number = 9002 + number };
        var closed = new MeetingTable { EditionId = edition.Id, Number = 9003 + number, IsClosed = true };
        db.MeetingTables.AddRange(onsite, online, empty, closed);
        await db.SaveChangesAsync(Token);
        var offer = new TechnologyOffer { EditionId = edition.Id, OrganizationId = organizations[1].Id, Title = new LocalizedText("Cảm biến độ mặn " + tag, "Salinity sensor " + tag), ContactName = "Bà Hà" };
        db.TechnologyOffers.Add(offer);
        await db.SaveChangesAsync(Token);
        Meeting Between(Organization a, Organization b, MeetingRound? round, MeetingTable? table, MeetingStatus status = MeetingStatus.Planned) => new()
        {
            EditionId = edition.Id, OrganizationAId = a.Id, OrganizationBId = b.Id, ContactA = "Ông Đức " + tag, ContactB = "Bà Lưu Thị Hương " + tag,
            RoundId = round?.Id, TableId = table?.Id, Status = status, CreatedAt = factory.Clock.GetUtcNow(),
        };
        var ours = organizations[0];
        // The later meeting first, so that time order is not insertion order.
        var atTheTable = Between(ours, organizations[1], late, onsite);
        atTheTable.OfferId = offer.Id;
        db.Meetings.AddRange(
            atTheTable,
            Between(organizations[2], ours, early, online),
            Between(ours, organizations[6], null, null),
            Between(organizations[3], organizations[4], early, onsite),
            Between(ours, organizations[5], null, null, MeetingStatus.Cancelled));
        await db.SaveChangesAsync(Token);
        return new Scene(ours.Id, names[0], organizations[1].Id, names[1], names[2], names[6], [names[3], names[4], names[5]],
            onsite.Number, online.Number, empty.Number, closed.Id, online.Id, "Cảm biến độ mặn " + tag, "Bà Lưu Thị Hương " + tag);
    }

    [Fact]
    public async Task OrganisationPdf_ListsItsMeetingsInTimeOrder_InTheEditionsZone_AndNoOneElses()
    {
        var scene = await ArrangeAsync();
        var organiser = await OrganiserAsync("vi-VN");

        var response = await organiser.GetAsync($"/connections/schedule/organizations/{scene.Ours}.pdf", Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var text = PdfText(await response.Content.ReadAsByteArrayAsync(Token));
        Assert.Contains("Lịch gặp kết nối", text);
        Assert.Contains(scene.OursName, text);
        Assert.Contains(scene.Onsite, text);
        Assert.Contains($"{scene.Onsite} – {scene.ContactOnsite}", text);
        Assert.Contains(scene.Subject, text);
        Assert.Contains($"Bàn {scene.OnsiteTable}", text);
        Assert.Contains($"Bàn {scene.OnlineTable} · Trực tuyến · {Link}", text);
        Assert.Contains(scene.Online, text);
        // 02:00 and 02:40 UTC are 09:00 and 09:40 in Hà Nội; the online meeting comes first.
        Assert.True(text.IndexOf("09:00–09:30", StringComparison.Ordinal) is var first and >= 0
            && first < text.IndexOf("09:40–10:10", StringComparison.Ordinal), text);
        Assert.True(text.IndexOf(scene.Online, StringComparison.Ordinal) < text.IndexOf(scene.Onsite, StringComparison.Ordinal));
        Assert.True(text.IndexOf("Chưa xếp lịch", StringComparison.Ordinal) is var waiting and >= 0
            && waiting < text.IndexOf(scene.Waiting, StringComparison.Ordinal), text);
        foreach (var other in scene.Hidden)
        {
            Assert.DoesNotContain(other, text);
        }
    }

    [Fact]
    public async Task OrganisationPdf_InEnglish_HasEnglishLabels()
    {
        var scene = await ArrangeAsync();
        var organiser = await OrganiserAsync("en-US");

        var text = PdfText(await organiser.GetByteArrayAsync($"/connections/schedule/organizations/{scene.Ours}.pdf", Token));

        Assert.Contains("Connection meeting schedule", text);
        Assert.Contains($"Table {scene.OnlineTable} · Online · {Link}", text);
        Assert.Contains("Not yet scheduled", text);
        Assert.Contains("9:00 AM", text);
        Assert.DoesNotContain("Trực tuyến", text);
        Assert.Contains(scene.Onsite, text);
    }

    [Fact]
    public async Task OrganisationPdf_OwnContactMayOpenIt_AnotherOrganisationsContactAndStaffMayNot()
    {
        var scene = await ArrangeAsync();
        var own = await ClientAsync(await factory.CreateContactAsync(scene.Ours));
        var ownResponse = await own.GetAsync($"/connections/schedule/organizations/{scene.Ours}.pdf", Token);
        Assert.Equal(HttpStatusCode.OK, ownResponse.StatusCode);
        Assert.Contains(scene.Onsite, PdfText(await ownResponse.Content.ReadAsByteArrayAsync(Token)));

        var other = await ClientAsync(await factory.CreateContactAsync(scene.OnsiteId));
        var refused = await other.GetAsync($"/connections/schedule/organizations/{scene.Ours}.pdf", Token);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Bạn chỉ xem được lịch gặp của đơn vị mình.", await refused.Content.ReadAsStringAsync(Token), StringComparison.Ordinal);

        var staff = await ClientAsync(await factory.CreateUserAsync(Roles.Staff));
        AssertDenied(await staff.GetAsync($"/connections/schedule/organizations/{scene.Ours}.pdf", Token));
        var anonymous = BrowserClient.Create(factory, "vi-VN");
        var challenged = await anonymous.GetAsync($"/connections/schedule/organizations/{scene.Ours}.pdf", Token);
        Assert.Equal(HttpStatusCode.Redirect, challenged.StatusCode);
        Assert.Contains("/Account/Login", challenged.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrganisationPdf_UnknownOrganisationIs404_AndOneWithoutMeetingsGetsAPdfSayingSo()
    {
        var organiser = await OrganiserAsync("vi-VN");
        Assert.Equal(HttpStatusCode.NotFound, (await organiser.GetAsync($"/connections/schedule/organizations/{int.MaxValue}.pdf", Token)).StatusCode);

        var name = "Công ty Chưa Gặp Ai " + Guid.NewGuid().ToString("N")[..6];
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<EventDbContext>>().CreateDbContextAsync(Token);
        var lonely = new Organization { Name = new LocalizedText(name, name), Type = OrganizationType.Enterprise };
        db.Organizations.Add(lonely);
        await db.SaveChangesAsync(Token);

        var text = PdfText(await organiser.GetByteArrayAsync($"/connections/schedule/organizations/{lonely.Id}.pdf", Token));
        Assert.Contains(name, text);
        Assert.Contains("Chưa có cuộc gặp kết nối nào.", text);
    }

    [Fact]
    public async Task TableSigns_OnePagePerOpenTable_WithItsNumber_OnlineLink_AndMeetings()
    {
        var scene = await ArrangeAsync();
        var organiser = await OrganiserAsync("vi-VN");

        var response = await organiser.GetAsync("/connections/schedule/tables.pdf", Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pages = PdfPages(await response.Content.ReadAsByteArrayAsync(Token));
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<EventDbContext>>().CreateDbContextAsync(Token);
        var edition = await db.Editions.SingleAsync(e => e.IsCurrent, Token);
        var signs = await db.MeetingTables.Where(t => t.EditionId == edition.Id)
            .Where(t => !t.IsClosed || db.Meetings.Any(m => m.TableId == t.Id && m.Status != MeetingStatus.Cancelled))
            .Select(t => t.Number).ToListAsync(Token);
        Assert.Equal(signs.Count, pages.Count);
        Assert.Equal(signs.Order(), pages.Select(SignNumber).Order());

        var onlinePage = Assert.Single(pages, p => SignNumber(p) == scene.OnlineTable);
        Assert.Contains("Trực tuyến", onlinePage);
        Assert.Contains(Link, onlinePage);
        Assert.Contains(scene.Online, onlinePage);
        Assert.Contains("09:00–09:30", onlinePage);
        var onsitePage = Assert.Single(pages, p => SignNumber(p) == scene.OnsiteTable);
        Assert.Contains("Khu kết nối, dãy B", onsitePage);
        Assert.Contains(scene.Hidden[0], onsitePage);
        Assert.True(onsitePage.IndexOf(scene.Hidden[0], StringComparison.Ordinal) < onsitePage.IndexOf(scene.Onsite, StringComparison.Ordinal));
        Assert.DoesNotContain("Trực tuyến", onsitePage);
        Assert.Contains("Chưa có cuộc gặp nào được xếp tại bàn này.", Assert.Single(pages, p => SignNumber(p) == scene.EmptyTable));
    }

    [Fact]
    public async Task TableSign_OneTableForStaff_404ForAnUnknownOrOtherEditionsTable()
    {
        var scene = await ArrangeAsync();
        var staff = await ClientAsync(await factory.CreateUserAsync(Roles.Staff));

        var one = await staff.GetAsync($"/connections/schedule/tables/{scene.OnlineTableId}.pdf", Token);
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        var page = Assert.Single(PdfPages(await one.Content.ReadAsByteArrayAsync(Token)));
        Assert.Equal(scene.OnlineTable, SignNumber(page));
        // A closed table opened by itself still prints: its meetings may not have moved yet.
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/connections/schedule/tables/{scene.ClosedTableId}.pdf", Token)).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/connections/schedule/tables/{int.MaxValue}.pdf", Token)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/connections/schedule/tables/{await OtherEditionsTableAsync()}.pdf", Token)).StatusCode);
        var contact = await ClientAsync(await factory.CreateContactAsync(scene.Ours));
        AssertDenied(await contact.GetAsync("/connections/schedule/tables.pdf", Token));
    }

    private async Task<int> OtherEditionsTableAsync()
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<EventDbContext>>().CreateDbContextAsync(Token);
        var year = 2100 + Interlocked.Increment(ref nextNumber);
        var edition = new Edition
        {
            Year = year, Name = new LocalizedText($"Techconnect {year}", $"Techconnect {year}"), Theme = new LocalizedText("", ""),
            Venue = new LocalizedText("Hòa Lạc", "Hoa Lac"), Province = new LocalizedText("Hà Nội", "Hanoi"),
            StartDate = new DateOnly(year, 9, 1), EndDate = new DateOnly(year, 9, 2),
        };
        db.Editions.Add(edition);
        await db.SaveChangesAsync(Token);
        var table = new MeetingTable { EditionId = edition.Id, Number = 1 };
        db.MeetingTables.Add(table);
        await db.SaveChangesAsync(Token);
        return table.Id;
    }

    private async Task<HttpClient> OrganiserAsync(string culture)
    {
        var client = BrowserClient.Create(factory, culture);
        await client.SignInOrFailAsync(TechconnectAppFactory.AdminEmail, TechconnectAppFactory.AdminPassword);
        return client;
    }

    private async Task<HttpClient> ClientAsync(string email)
    {
        var client = BrowserClient.Create(factory, "vi-VN");
        await client.SignInOrFailAsync(email, UserFactory.Password);
        return client;
    }

    /// <summary>A signed-in person without the role: 403, or the cookie handler's redirect to the access-denied page.</summary>
    private static void AssertDenied(HttpResponseMessage response) =>
        Assert.True(response.StatusCode == HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Account/AccessDenied", StringComparison.Ordinal)),
            response.StatusCode.ToString());

    /// <summary>The number printed big at the top of a sign: the word after the first "Bàn"/"Table".</summary>
    private static int SignNumber(string page)
    {
        var words = page.Split(' ');
        var at = Array.FindIndex(words, w => w is "Bàn" or "Table");
        return at >= 0 && at + 1 < words.Length && int.TryParse(words[at + 1], out var number) ? number : -1;
    }

    private static string PdfText(byte[] pdf) => string.Join("\n", PdfPages(pdf));

    private static List<string> PdfPages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)).Normalize(NormalizationForm.FormC))];
    }
}
