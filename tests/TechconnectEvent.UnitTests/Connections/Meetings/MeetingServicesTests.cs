using Microsoft.EntityFrameworkCore;
using TechconnectEvent.UnitTests.Forum.Scheduling;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Connections;
using TechconnectEvent.Web.Features.Connections.Meetings;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.UnitTests.Connections.Meetings;

public sealed class MeetingServicesTests : IDisposable
{
    private readonly ForumTestBed bed = new();
    private readonly ChangeNotifier<ConnectionChange> changes = new();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private MeetingWrites Writes(FixedActor? actor = null) => new(bed.Database, bed.Audit, actor ?? ForumTestBed.Organiser, changes);

    private int AddOrganization(string name)
    {
        using var db = bed.Database.CreateContext();
        var organization = new Organization { Name = new LocalizedText(name, name) };
        db.Organizations.Add(organization);
        db.SaveChanges();
        return organization.Id;
    }

    private (int Round, int Table) AddSlot(int number)
    {
        using var db = bed.Database.CreateContext();
        var round = new MeetingRound { EditionId = bed.EditionId, Number = number, StartsAt = ForumTestBed.Local(29, 9 + number), Minutes = 30 };
        var table = new MeetingTable { EditionId = bed.EditionId, Number = number, Location = "Khu kết nối" };
        db.AddRange(round, table);
        db.SaveChanges();
        return (round.Id, table.Id);
    }

    private Meeting AddMeeting(int a, int b, (int Round, int Table)? slot = null, int? offerId = null, MeetingStatus status = MeetingStatus.Planned)
    {
        using var db = bed.Database.CreateContext();
        var meeting = new Meeting
        {
            EditionId = bed.EditionId, OrganizationAId = a, OrganizationBId = b, ContactA = "Nguyễn Văn An", ContactB = "Trần Thị Bình",
            RoundId = slot?.Round, TableId = slot?.Table, OfferId = offerId, Status = status, CreatedAt = bed.Clock.GetUtcNow(),
        };
        db.Meetings.Add(meeting);
        db.SaveChanges();
        return meeting;
    }

    [Fact]
    public async Task Move_ToATakenTable_IsRefusedNamingTheMeetingThere_AndMovesNothing()
    {
        var (institute, firm, coop, town) = (AddOrganization("Viện Khoa học Vật liệu"), AddOrganization("Công ty Cổ phần Đá Hạ Long"),
            AddOrganization("Hợp tác xã Yên Hưng"), AddOrganization("UBND thị xã Quảng Yên"));
        var slot = AddSlot(1);
        AddMeeting(institute, firm, slot);
        var moving = AddMeeting(coop, town);

        var result = await new MeetingPlacementService(Writes()).MoveAsync(moving.Id, slot.Round, slot.Table, moving.Version, Token);

        var error = Assert.Single(result.Errors);
        Assert.Equal("Meetings.Move.Clash.TableTaken", error.Code);
        Assert.Equal("Viện Khoa học Vật liệu – Công ty Cổ phần Đá Hạ Long", error.Arguments[0]);
        await using var db = bed.Database.CreateContext();
        Assert.Null((await db.Meetings.SingleAsync(m => m.Id == moving.Id, Token)).RoundId);
    }

    [Fact]
    public async Task Move_WithAStaleVersion_GivesTheConflictMessage()
    {
        var meeting = AddMeeting(AddOrganization("A"), AddOrganization("B"));
        var slot = AddSlot(1);

        var result = await new MeetingPlacementService(Writes()).MoveAsync(meeting.Id, slot.Round, slot.Table, meeting.Version - 1, Token);

        Assert.Equal(CommonErrors.Codes.Concurrency, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task Run_PlacesTheMeetings_AndAuditsTheRun()
    {
        var (a, b, c) = (AddOrganization("A"), AddOrganization("B"), AddOrganization("C"));
        AddSlot(1);
        AddSlot(2);
        AddMeeting(a, b);
        AddMeeting(a, c);

        var result = await new MeetingPlacementService(Writes()).RunAsync(bed.EditionId, Token);

        Assert.Equal((2, 0), (result.Value!.Placed, result.Value.NotPlaced.Count));
        await using var db = bed.Database.CreateContext();
        Assert.Equal(2, await db.Meetings.Select(m => m.RoundId).Distinct().CountAsync(Token));
        Assert.Single(await bed.AuditAsync("connections.scheduler.run"));
    }

    [Fact]
    public async Task Outcome_MouPlanned_CreatesAProposedMouWithBothParties_LinkedToTheMeeting()
    {
        var (institute, firm) = (AddOrganization("Viện Khoa học Vật liệu"), AddOrganization("Công ty Cổ phần Đá Hạ Long"));
        int offerId;
        await using (var db = bed.Database.CreateContext())
        {
            var offer = new TechnologyOffer
            {
                EditionId = bed.EditionId, OrganizationId = institute, Field = TechnologyField.NewMaterials,
                Title = new LocalizedText("Vật liệu xây dựng từ tro xỉ", "Building materials from fly ash"), ContactName = "Nguyễn Văn An",
            };
            db.TechnologyOffers.Add(offer);
            await db.SaveChangesAsync(Token);
            offerId = offer.Id;
        }
        var meeting = AddMeeting(firm, institute, AddSlot(1), offerId, MeetingStatus.Held);
        var staff = ForumTestBed.As("staff-1", Roles.Staff);

        var result = await new TableMeetingsService(Writes(staff), bed.Clock).SetOutcomeAsync(meeting.Id, MeetingOutcome.MouPlanned, "Ký tại lễ", meeting.Version, Token);

        Assert.True(result.Succeeded);
        await using var check = bed.Database.CreateContext();
        var mou = await check.Mous.Include(m => m.Parties).SingleAsync(Token);
        Assert.Equal((MouStatus.Proposed, meeting.Id, TechnologyField.NewMaterials), (mou.Status, mou.MeetingId, mou.Field));
        Assert.Contains("Vật liệu xây dựng từ tro xỉ", mou.Title.Vi, StringComparison.Ordinal);
        Assert.Equal([(firm, MouPartyRole.Recipient), (institute, MouPartyRole.Transferor)], mou.Parties.OrderBy(p => p.SortOrder).Select(p => (p.OrganizationId, p.Role)));
        Assert.Equal(mou.Id, (await check.Meetings.SingleAsync(Token)).MouId);
        Assert.Equal(mou.Id, result.Value);
    }

    [Fact]
    public async Task Outcome_ByAnExhibitor_IsForbidden()
    {
        var meeting = AddMeeting(AddOrganization("A"), AddOrganization("B"), AddSlot(1), status: MeetingStatus.Held);

        var result = await new TableMeetingsService(Writes(ForumTestBed.As("x", Roles.Exhibitor)), bed.Clock)
            .SetOutcomeAsync(meeting.Id, MeetingOutcome.FollowUp, null, meeting.Version, Token);

        Assert.Equal(CommonErrors.Codes.Forbidden, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task SaveRound_OverlappingAnother_IsRefusedBesideTheStartTime()
    {
        var service = new ScheduleAdminService(Writes());
        var first = await service.SaveRoundAsync(bed.EditionId, null, new RoundInput { Day = new DateOnly(2023, 9, 29), Start = new TimeOnly(9, 0), Minutes = 30 }, Token);

        var second = await service.SaveRoundAsync(bed.EditionId, null, new RoundInput { Day = new DateOnly(2023, 9, 29), Start = new TimeOnly(9, 20), Minutes = 30 }, Token);

        Assert.True(first.Succeeded);
        var error = Assert.Single(second.Errors);
        Assert.Equal((ScheduleRules.Fields.Start, "Meetings.Rounds.Overlap"), (error.Field, error.Code));
    }

    [Fact]
    public async Task SaveRound_EarlierThanAnother_TakesNumberOne()
    {
        var service = new ScheduleAdminService(Writes());
        await service.SaveRoundAsync(bed.EditionId, null, new RoundInput { Day = new DateOnly(2023, 9, 30), Start = new TimeOnly(9, 0) }, Token);

        var earlier = await service.SaveRoundAsync(bed.EditionId, null, new RoundInput { Day = new DateOnly(2023, 9, 29), Start = new TimeOnly(14, 0) }, Token);

        var rounds = await service.ListRoundsAsync(bed.EditionId, Token);
        Assert.Equal(earlier.Value, rounds[0].Round.Id);
        Assert.Equal(new TimeOnly(14, 0), TimeOnly.FromDateTime(rounds[0].LocalStart.DateTime));
    }

    [Fact]
    public async Task SaveTable_OnlineWithoutHttpsLink_IsRefusedBesideTheLink()
    {
        var result = await new ScheduleAdminService(Writes()).SaveTableAsync(bed.EditionId, null, new TableInput { Number = 3, IsOnline = true, MeetingLink = "http://meet.example" }, Token);

        Assert.Equal(ScheduleRules.Fields.MeetingLink, Assert.Single(result.Errors).Field);
    }

    public void Dispose() => bed.Dispose();
}
