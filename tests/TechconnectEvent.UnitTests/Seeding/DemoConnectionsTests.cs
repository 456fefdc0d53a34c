using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Connections;
using TechconnectEvent.Web.Features.Forum;
using TechconnectEvent.Web.Infrastructure.Data.Seeding;
using static TechconnectEvent.UnitTests.Seeding.SeedingFixtures;

namespace TechconnectEvent.UnitTests.Seeding;

public sealed class DemoConnectionsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;
    private static readonly TimeZoneInfo Vietnam = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
    private const string Fictional = "(hư cấu)";

    [Fact]
    public async Task Seed_Gives2023OffersNeedsRoundsTablesAndRequests_AllResolved()
    {
        await using var database = await TestDatabase.CreateAsync();

        await Seeder(database.Factory).SeedAsync(Token);

        await using var db = database.CreateContext();
        var editionId = DemoEditionId(db);
        var organizations = await db.Organizations.Select(o => o.Id).ToListAsync(Token);
        var offers = await db.TechnologyOffers.Where(o => o.EditionId == editionId).ToListAsync(Token);
        Assert.InRange(offers.Count, 10, 14);
        Assert.All(offers, o => Assert.Contains(o.OrganizationId, organizations));
        // Offers made from an exhibited technology point at that organisation's own technology of the edition.
        var linked = offers.Where(o => o.TechnologyId is not null).ToList();
        Assert.True(linked.Count >= 8);
        foreach (var offer in linked)
        {
            var technology = await db.Technologies.SingleAsync(t => t.Id == offer.TechnologyId, Token);
            Assert.Equal((offer.OrganizationId, (int?)editionId, offer.Title.Vi), (technology.OrganizationId, technology.EditionId, technology.Title.Vi));
        }
        Assert.InRange(await db.TechnologyNeeds.CountAsync(n => n.EditionId == editionId, Token), 6, 8);

        var rounds = await db.MeetingRounds.Where(r => r.EditionId == editionId).OrderBy(r => r.Number).ToListAsync(Token);
        // 14:00, 14:40 and 15:20 in Ha Long on 29 September.
        Assert.Equal(["2023-09-29 14:00", "2023-09-29 14:40", "2023-09-29 15:20"],
            rounds.Select(r => TimeZoneInfo.ConvertTime(r.StartsAt, Vietnam).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)));
        var tables = await db.MeetingTables.Where(t => t.EditionId == editionId).ToListAsync(Token);
        Assert.Equal((10, 2), (tables.Count(t => !t.IsOnline), tables.Count(t => t.IsOnline)));
        Assert.All(tables.Where(t => t.IsOnline), t => Assert.StartsWith("https://meet.example.org/", t.MeetingLink, StringComparison.Ordinal));

        var requests = await db.MeetingRequests.Where(r => r.EditionId == editionId).ToListAsync(Token);
        Assert.Equal(12, requests.Count);
        Assert.Contains(requests, r => r.Status == MeetingRequestStatus.Pending);
        Assert.Contains(requests, r => r.Status == MeetingRequestStatus.Declined);
        var meetings = await db.Meetings.Where(m => m.EditionId == editionId).ToListAsync(Token);
        Assert.All(requests, r => Assert.Equal(r.Status == MeetingRequestStatus.Accepted, meetings.Any(m => m.Id == r.MeetingId)));
        Assert.All(meetings, m =>
        {
            var request = requests.Single(r => r.MeetingId == m.Id);
            Assert.Equal((request.FromOrganizationId, request.ToOrganizationId, request.OfferId, request.NeedId), (m.OrganizationAId, m.OrganizationBId, m.OfferId, m.NeedId));
        });
        Assert.Single(meetings, m => m.Status == MeetingStatus.NoShow);
        Assert.Contains(meetings, m => m.Status == MeetingStatus.Held && m.Outcome == MeetingOutcome.FollowUp);
        Assert.Contains(meetings, m => m.Status == MeetingStatus.Planned && m.RoundId is not null);
    }

    [Fact]
    public async Task Seed_NoTableOrOrganisationHasTwoMeetingsInARound_AndOnlinePartiesSitAtOnlineTables()
    {
        await using var database = await TestDatabase.CreateAsync();

        await Seeder(database.Factory).SeedAsync(Token);

        await using var db = database.CreateContext();
        var editionId = DemoEditionId(db);
        var placed = await db.Meetings.Where(m => m.EditionId == editionId && m.RoundId != null).ToListAsync(Token);
        Assert.True(placed.Count >= 6);
        Assert.All(placed.GroupBy(m => m.RoundId), round =>
        {
            Assert.Equal(round.Count(), round.Select(m => m.TableId).Distinct().Count());
            var sides = round.SelectMany(m => new[] { m.OrganizationAId, m.OrganizationBId }).ToList();
            Assert.Equal(sides.Count, sides.Distinct().Count());
        });
        var online = await db.ConnectionParticipants.Where(p => p.EditionId == editionId && p.JoinsOnline).Select(p => p.OrganizationId).ToListAsync(Token);
        var onlineTables = await db.MeetingTables.Where(t => t.EditionId == editionId && t.IsOnline).Select(t => t.Id).ToListAsync(Token);
        Assert.NotEmpty(online);
        Assert.All(placed, m => Assert.Equal(online.Contains(m.OrganizationAId) || online.Contains(m.OrganizationBId), onlineTables.Contains(m.TableId!.Value)));
    }

    [Fact]
    public async Task Seed_GivesTheEightMousOfTheCeremony_SignedDuringIt_AndTheDraftOfTheMeetingThatPlannedOne()
    {
        await using var database = await TestDatabase.CreateAsync();

        await Seeder(database.Factory).SeedAsync(Token);

        await using var db = database.CreateContext();
        var editionId = DemoEditionId(db);
        var ceremony = await db.ForumSessions.SingleAsync(s => s.EditionId == editionId && s.Kind == SessionKind.MouCeremony, Token);
        var mous = await db.Mous.Include(m => m.Parties).Include(m => m.Items).Include(m => m.Witnesses)
            .Where(m => m.EditionId == editionId).ToListAsync(Token);
        var staged = mous.Where(m => m.CeremonySessionId == ceremony.Id).ToList();
        Assert.Equal(8, staged.Count);
        Assert.Equal(Enumerable.Range(1, 8), staged.Select(m => m.StageOrder!.Value).Order());
        Assert.True(staged.Count(m => m.Status is MouStatus.Signed or MouStatus.Exchanged) >= 6);
        Assert.All(mous.Where(m => m.Status is MouStatus.Signed or MouStatus.Exchanged),
            m => Assert.InRange(m.SignedAt!.Value, ceremony.StartsAt, ceremony.EndsAt));
        Assert.All(mous.Where(m => m.Status is MouStatus.Proposed or MouStatus.Prepared), m => Assert.Null(m.SignedAt));
        Assert.Contains(mous, m => m.ValueVnd > 0);
        Assert.All(mous, m => Assert.True(m.Parties.Count >= 2 && m.Parties.All(p => p.SignatoryName.Length > 0 && p.SignatoryPosition.Length > 0), m.Title.Vi));

        // The programme of seed 001 keeps its five numbered items in order.
        var programme = Assert.Single(mous, m => m.Title.Vi.StartsWith("Chương trình phối hợp giữa Bộ Công Thương", StringComparison.Ordinal));
        Assert.Equal([1, 2, 3, 4, 5], programme.Items.OrderBy(i => i.Number).Select(i => i.Number));

        // The meeting whose outcome was "MoU planned" and its draft point at each other.
        var planned = await db.Meetings.SingleAsync(m => m.EditionId == editionId && m.Outcome == MeetingOutcome.MouPlanned, Token);
        var draft = mous.Single(m => m.Id == planned.MouId);
        Assert.Equal((MouStatus.Proposed, (int?)planned.Id), (draft.Status, draft.MeetingId));
        Assert.Equal(new[] { planned.OrganizationAId, planned.OrganizationBId }.Order(), draft.Parties.Select(p => p.OrganizationId).Order());
    }

    [Fact]
    public async Task Seed_InventedTitlesAndPeopleAreMarked()
    {
        await using var database = await TestDatabase.CreateAsync();

        await Seeder(database.Factory).SeedAsync(Token);

        await using var db = database.CreateContext();
        var editionId = DemoEditionId(db);
        var mous = await db.Mous.Include(m => m.Parties).Include(m => m.Witnesses).Where(m => m.EditionId == editionId).ToListAsync(Token);
        Assert.All(mous, m => Assert.True(
            m.Title.Vi.EndsWith(Fictional, StringComparison.Ordinal) && m.Title.En.EndsWith("(fictional)", StringComparison.Ordinal)
            || m.Title.Vi.EndsWith("(minh họa)", StringComparison.Ordinal) && m.Title.En.EndsWith("(illustrative)", StringComparison.Ordinal), m.Title.Vi));
        // Only the illustrative programme of seed 001 names real people: the two who led the sides there.
        string[] real = ["Nguyễn Hồng Diên", "Châu Văn Minh"];
        var people = mous.SelectMany(m => m.Parties.Select(p => p.SignatoryName).Concat(m.Witnesses.Select(w => w.Name)))
            .Concat(await db.TechnologyOffers.Where(o => o.EditionId == editionId).Select(o => o.ContactName).ToListAsync(Token))
            .Concat(await db.TechnologyNeeds.Where(n => n.EditionId == editionId).Select(n => n.ContactName).ToListAsync(Token))
            .Concat(await db.MeetingRequests.Where(r => r.EditionId == editionId).Select(r => r.FromContactName).ToListAsync(Token));
        Assert.All(people.Except(real), name => Assert.EndsWith(Fictional, name, StringComparison.Ordinal));
        Assert.All(people, name => Assert.True(name.IsNormalized(), name));
    }

    [Fact]
    public async Task Seed_AnEditionSeededBeforeConnections_GetsThemOnce()
    {
        await using var database = await TestDatabase.CreateAsync();
        using var scratch = DemoDataScratch.CopyOfShippedData();
        var connections = File.ReadAllText(scratch.PathOf(DemoConnections.FileName));
        File.Delete(scratch.PathOf(DemoConnections.FileName));
        await Seeder(database.Factory, scratch.Folder).SeedAsync(Token);
        await using (var db = database.CreateContext())
        {
            Assert.False(await DemoConnections.PresentAsync(db, DemoEditionId(db), Token));
        }

        scratch.Write(DemoConnections.FileName, connections);
        await Seeder(database.Factory, scratch.Folder).SeedAsync(Token);
        await Seeder(database.Factory, scratch.Folder).SeedAsync(Token);

        await using var check = database.CreateContext();
        Assert.Equal(12, await check.MeetingRequests.CountAsync(Token));
        Assert.Equal(3, await check.MeetingRounds.CountAsync(Token));
    }

    [Theory]
    [InlineData("requests", "table", 5, 2, "table 2 already has a meeting in round 2")]
    [InlineData("requests", "round", 5, 1, "already meets someone in round 1")]
    [InlineData("mous", "stageOrder", 1, 1, "stage orders must run 1 to 8")]
    [InlineData("offers", "organization", 0, "Công ty Không Có Thật", "organisation 'Công ty Không Có Thật'")]
    [InlineData("requests", "offer", 0, "no-such-offer", "offer 'no-such-offer'")]
    [InlineData("mous", "signedAt", 0, "11:30", "signed during the ceremony")]
    public async Task Seed_AWrongConnectionsFile_NamesTheEntryAndWritesNothing(string list, string field, int index, object value, string problem)
    {
        await using var database = await TestDatabase.CreateAsync();
        using var scratch = DemoDataScratch.CopyOfShippedData();
        // The shipped file has comments and trailing commas, which the demo reader accepts.
        var root = JsonNode.Parse(File.ReadAllText(scratch.PathOf(DemoConnections.FileName)),
            documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })!;
        var entry = root[list]![index]!;
        // Meetings keep their round and table inside the request.
        var target = field is "table" or "round" ? entry["meeting"]! : entry;
        target[field] = value is int number ? JsonValue.Create(number) : JsonValue.Create((string)value);
        scratch.Write(DemoConnections.FileName, root.ToJsonString());

        var error = await Assert.ThrowsAsync<DemoDataException>(() => Seeder(database.Factory, scratch.Folder).SeedAsync(Token));

        Assert.Equal(DemoConnections.FileName, error.File);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        await using var db = database.CreateContext();
        Assert.False(await db.Editions.AnyAsync(Token));
    }
}
