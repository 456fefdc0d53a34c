using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using TechconnectEvent.UnitTests.Forum.Scheduling;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Connections;
using TechconnectEvent.Web.Features.Connections.Meetings;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;
using TechconnectEvent.Web.Infrastructure.Mail;
using TechconnectEvent.Web.Infrastructure.Operations;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.UnitTests.Connections.Meetings;

public sealed class ScheduleMailsTests : IDisposable
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo(ProductCultures.Vietnamese);
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo(ProductCultures.English);
    private readonly ForumTestBed bed = new();
    private readonly ChangeNotifier<ConnectionChange> changes = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private ScheduleMails Service(FixedActor? actor = null)
    {
        var services = new ServiceCollection().AddLogging().AddProductLocalization().BuildServiceProvider();
        var text = services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [PublicLinks.BaseUrlSetting] = "https://techconnect.test" }).Build();
        return new ScheduleMails(new MeetingWrites(bed.Database, bed.Audit, actor ?? ForumTestBed.Organiser, changes),
            new Outbox(new MailTemplates(text), bed.Clock), new PublicLinks(configuration, new HttpContextAccessor(), services), text, bed.Clock);
    }

    private int AddOrganization(string vi, string en, string? email = null)
    {
        using var db = bed.Database.CreateContext();
        var organization = new Organization { Name = new LocalizedText(vi, en), Email = email };
        db.Organizations.Add(organization);
        db.SaveChanges();
        return organization.Id;
    }

    private string AddUser(int organizationId, string name, string culture, string? role = null)
    {
        using var db = bed.Database.CreateContext();
        var id = "u-" + Guid.NewGuid().ToString("N");
        db.Users.Add(new ApplicationUser { Id = id, UserName = id + "@test.local", Email = id + "@test.local", DisplayName = name, OrganizationId = organizationId, PreferredCulture = culture });
        if (role is not null)
        {
            var roleId = db.Roles.Where(r => r.Name == role).Select(r => r.Id).FirstOrDefault();
            if (roleId is null)
            {
                roleId = Guid.NewGuid().ToString("N");
                db.Roles.Add(new IdentityRole { Id = roleId, Name = role, NormalizedName = role.ToUpperInvariant() });
            }
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = id, RoleId = roleId });
        }
        db.SaveChanges();
        return id;
    }

    /// <summary>Round n starts at 8 + n o'clock, Ha Long time, on 29 September.</summary>
    private int AddRound(int number)
    {
        using var db = bed.Database.CreateContext();
        var round = new MeetingRound { EditionId = bed.EditionId, Number = number, StartsAt = ForumTestBed.Local(29, 8 + number), Minutes = 30 };
        db.MeetingRounds.Add(round);
        db.SaveChanges();
        return round.Id;
    }

    private int AddTable(int number, string? link = null)
    {
        using var db = bed.Database.CreateContext();
        var table = new MeetingTable { EditionId = bed.EditionId, Number = number, IsOnline = link is not null, MeetingLink = link, Location = link is null ? "Khu kết nối" : null };
        db.MeetingTables.Add(table);
        db.SaveChanges();
        return table.Id;
    }

    private int AddMeeting(int a, int b, int? round, int? table, string? userA = null, string? userB = null, int? offerId = null)
    {
        using var db = bed.Database.CreateContext();
        var meeting = new Meeting
        {
            EditionId = bed.EditionId, OrganizationAId = a, OrganizationBId = b, ContactA = "Nguyễn Văn An", UserAId = userA,
            ContactB = "Trần Thị Bình", UserBId = userB, RoundId = round, TableId = table, OfferId = offerId, CreatedAt = bed.Clock.GetUtcNow(),
        };
        db.Meetings.Add(meeting);
        db.SaveChanges();
        return meeting.Id;
    }

    private int AddOffer(int organizationId, string vi, string en)
    {
        using var db = bed.Database.CreateContext();
        var offer = new TechnologyOffer { EditionId = bed.EditionId, OrganizationId = organizationId, Title = new LocalizedText(vi, en), ContactName = "Nguyễn Văn An" };
        db.TechnologyOffers.Add(offer);
        db.SaveChanges();
        return offer.Id;
    }

    private static string Time(int hour, CultureInfo culture) => new DateTime(2023, 9, 29, hour, 0, 0).ToString("t", culture);

    [Fact]
    public async Task Send_WritesEachOrganisationItsOwnMeetings_InTimeOrder_InItsReadersLanguage()
    {
        var institute = AddOrganization("Viện Khoa học Vật liệu", "Institute of Materials Science");
        var firm = AddOrganization("Công ty Cổ phần Đá Hạ Long", "Ha Long Stone JSC");
        var coop = AddOrganization("Hợp tác xã Yên Hưng", "Yen Hung Cooperative");
        var town = AddOrganization("UBND thị xã Quảng Yên", "Quang Yen Town", "quangyen@test.local");
        var an = AddUser(institute, "Nguyễn Văn An", ProductCultures.Vietnamese);
        AddUser(institute, "Other colleague", ProductCultures.English, Roles.Exhibitor);
        var binh = AddUser(firm, "Trần Thị Bình", ProductCultures.English);
        var (first, second) = (AddRound(1), AddRound(2));
        var (onsite, online) = (AddTable(1), AddTable(2, "https://meet.test/ban-2"));
        var offer = AddOffer(institute, "Vật liệu xây dựng từ tro xỉ", "Building materials from fly ash");
        var later = AddMeeting(institute, firm, second, onsite, an, binh, offer);
        var earlier = AddMeeting(institute, coop, first, online, an);
        var townFirm = AddMeeting(town, firm, first, onsite, userB: binh);
        var unscheduled = AddMeeting(institute, town, null, null, an);
        CultureInfo.CurrentUICulture = Vi;

        var result = await Service().SendAsync(bed.EditionId, Token);

        Assert.True(result.Succeeded);
        Assert.Equal(3, result.Value!.Organizations);
        Assert.Equal(["Hợp tác xã Yên Hưng"], result.Value.WithoutAddress);
        await using var db = bed.Database.CreateContext();
        var mails = await db.Outbox.ToListAsync(Token);
        Assert.Equal(3, mails.Count);
        Assert.All(mails, m => Assert.Equal(ScheduleMails.Template, m.Template));

        var toInstitute = Assert.Single(mails, m => m.ToAddress == an + "@test.local");
        Assert.Equal(ProductCultures.Vietnamese, toInstitute.Culture);
        Assert.Contains("Dưới đây là lịch 2 cuộc gặp 1:1 của Viện Khoa học Vật liệu", toInstitute.TextBody, StringComparison.Ordinal);
        var online09 = toInstitute.TextBody.IndexOf($"Phiên 1, 29/09/2023 {Time(9, Vi)}–", StringComparison.Ordinal);
        var onsite10 = toInstitute.TextBody.IndexOf($"Phiên 2, 29/09/2023 {Time(10, Vi)}–", StringComparison.Ordinal);
        Assert.True(online09 >= 0 && onsite10 > online09, toInstitute.TextBody);
        Assert.Contains("Bàn trực tuyến 2: https://meet.test/ban-2", toInstitute.TextBody, StringComparison.Ordinal);
        Assert.Contains("với Công ty Cổ phần Đá Hạ Long (Trần Thị Bình)", toInstitute.TextBody, StringComparison.Ordinal);
        Assert.Contains("về: Vật liệu xây dựng từ tro xỉ", toInstitute.TextBody, StringComparison.Ordinal);
        Assert.Contains($"https://techconnect.test/connections/schedule/organizations/{institute}.pdf", toInstitute.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Quảng Yên", toInstitute.TextBody, StringComparison.Ordinal);

        var toFirm = Assert.Single(mails, m => m.ToAddress == binh + "@test.local");
        Assert.Equal(ProductCultures.English, toFirm.Culture);
        Assert.Contains($"Round 1, 9/29/2023 {Time(9, En)}–{Time(9, En).Replace("9:00", "9:30", StringComparison.Ordinal)}", toFirm.TextBody, StringComparison.Ordinal);
        Assert.Contains("with Quang Yen Town (Nguyễn Văn An)", toFirm.TextBody, StringComparison.Ordinal);
        Assert.Contains("with Institute of Materials Science (Nguyễn Văn An) · about: Building materials from fly ash", toFirm.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Yen Hung", toFirm.TextBody, StringComparison.Ordinal);

        var toTown = Assert.Single(mails, m => m.ToAddress == "quangyen@test.local");
        Assert.Equal(ProductCultures.Vietnamese, toTown.Culture);
        Assert.Contains("Table 1", toFirm.TextBody, StringComparison.Ordinal);

        var sent = await db.Meetings.ToDictionaryAsync(m => m.Id, m => m.ScheduleSentAt, Token);
        Assert.All([later, earlier, townFirm], id => Assert.Equal(bed.Clock.GetUtcNow(), sent[id]));
        Assert.Null(sent[unscheduled]);
        Assert.Single(await bed.AuditAsync("connections.schedules.sent"));
        Assert.Equal(bed.Clock.GetUtcNow(), (await Service().PreviewAsync(bed.EditionId, Token)).LastSentAt);
    }

    [Fact]
    public async Task Send_WithoutNamedAccounts_WritesToTheOrganisationsContactAccountsOnly()
    {
        var (a, b) = (AddOrganization("Viện A", "Institute A"), AddOrganization("Công ty B", "Company B", "b@test.local"));
        var exhibitor = AddUser(a, "Lê Thị Mai", ProductCultures.Vietnamese, Roles.Exhibitor);
        var delegateUser = AddUser(a, "Phạm Minh Đức", ProductCultures.English, Roles.Delegate);
        AddUser(a, "Staff member", ProductCultures.Vietnamese, Roles.Staff);
        AddMeeting(a, b, AddRound(1), AddTable(1));

        var result = await Service().SendAsync(bed.EditionId, Token);

        Assert.Equal(2, result.Value!.Organizations);
        await using var db = bed.Database.CreateContext();
        Assert.Equal(new[] { delegateUser + "@test.local", exhibitor + "@test.local", "b@test.local" }.Order(StringComparer.Ordinal),
            (await db.Outbox.Select(m => m.ToAddress).ToListAsync(Token)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Send_WithNothingScheduled_SaysSo_AndWritesNothing()
    {
        AddMeeting(AddOrganization("Viện A", "Institute A", "a@test.local"), AddOrganization("Công ty B", "Company B", "b@test.local"), null, null);

        var result = await Service().SendAsync(bed.EditionId, Token);

        Assert.Equal(ScheduleMails.NothingScheduled, Assert.Single(result.Errors).Code);
        await using var db = bed.Database.CreateContext();
        Assert.Empty(await db.Outbox.ToListAsync(Token));
        Assert.Empty(await bed.AuditAsync("connections.schedules.sent"));
    }

    [Fact]
    public async Task Send_ByStaff_IsForbidden_AndWritesNothing()
    {
        AddMeeting(AddOrganization("Viện A", "Institute A", "a@test.local"), AddOrganization("Công ty B", "Company B", "b@test.local"), AddRound(1), AddTable(1));

        var result = await Service(ForumTestBed.As("staff-1", Roles.Staff)).SendAsync(bed.EditionId, Token);

        Assert.Equal(CommonErrors.Codes.Forbidden, Assert.Single(result.Errors).Code);
        await using var db = bed.Database.CreateContext();
        Assert.Empty(await db.Outbox.ToListAsync(Token));
        Assert.Null((await db.Meetings.SingleAsync(Token)).ScheduleSentAt);
    }

    public void Dispose() => bed.Dispose();
}
