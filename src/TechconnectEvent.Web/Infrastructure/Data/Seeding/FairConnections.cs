using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Connections;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.Forum;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.Web.Infrastructure.Data.Seeding;

/// <summary>
/// Tops the supply–demand connections up to the target meetings (held with an outcome, some no-shows) between the
/// edition's exhibitors, one per table and round and no organisation twice in a round, citing an offer made from
/// the first party's technology now and then; then the MoUs up to their target, signed at the ceremony in stage
/// order with two or three parties and their signatories. Tables are added when the rounds are full.
/// </summary>
internal static class FairConnections
{
    private const string RecordedBy = "demo generate";
    private static readonly TimeSpan[] RoundStarts = [new(9, 0, 0), new(10, 30, 0), new(14, 0, 0)];
    private const int RoundMinutes = 60;
    private const int MaxRounds = 40;

    private static readonly (MeetingOutcome Outcome, int Weight)[] Outcomes =
        [(MeetingOutcome.FollowUp, 40), (MeetingOutcome.NoFurtherInterest, 22), (MeetingOutcome.Nda, 15), (MeetingOutcome.TransferContract, 11), (MeetingOutcome.MouPlanned, 12)];

    public static async Task<string> AddAsync(EventDbContext db, FairRun run, CancellationToken cancellationToken)
    {
        var editionId = run.Edition.Id;
        var meetingCount = await db.Meetings.CountAsync(m => m.EditionId == editionId, cancellationToken);
        var mouCount = await db.Mous.CountAsync(m => m.EditionId == editionId, cancellationToken);
        var organizations = await db.ExhibitorApplications.Where(a => a.EditionId == editionId
                && (a.Status == ApplicationStatus.Allocated || a.Status == ApplicationStatus.Approved))
            .OrderBy(a => a.OrganizationId).Select(a => a.OrganizationId).ToListAsync(cancellationToken);
        if (organizations.Count < 3)
        {
            return "fewer than three exhibitors: meetings and MoUs skipped";
        }
        var random = run.Random(6, meetingCount * 1000 + mouCount);
        var meetings = await AddMeetingsAsync(db, run, organizations, run.Options.Meetings - meetingCount, random, cancellationToken);
        var mous = await AddMousAsync(db, run, organizations, meetings, run.Options.Mous - mouCount, mouCount, random, cancellationToken);
        return $"{meetings.Count} meetings added ({meetingCount + meetings.Count} in the edition), {mous} MoUs signed ({mouCount + mous} in the edition)";
    }

    private static async Task<List<Meeting>> AddMeetingsAsync(EventDbContext db, FairRun run, List<int> organizations, int missing, Random random,
        CancellationToken cancellationToken)
    {
        var editionId = run.Edition.Id;
        if (missing <= 0)
        {
            return [];
        }
        var rounds = await db.MeetingRounds.Where(r => r.EditionId == editionId).OrderBy(r => r.StartsAt).ToListAsync(cancellationToken);
        if (rounds.Count == 0)
        {
            for (var day = 0; day < run.Days; day++)
            {
                foreach (var start in RoundStarts)
                {
                    rounds.Add(new MeetingRound { EditionId = editionId, Number = rounds.Count + 1, StartsAt = run.At(day, start), Minutes = RoundMinutes });
                }
            }
            db.MeetingRounds.AddRange(rounds);
        }
        var tables = await db.MeetingTables.Where(t => t.EditionId == editionId && !t.IsClosed).OrderBy(t => t.Number).ToListAsync(cancellationToken);
        var placed = await db.Meetings.Where(m => m.EditionId == editionId && m.RoundId != null)
            .Select(m => new { m.RoundId, m.TableId, m.OrganizationAId, m.OrganizationBId }).ToListAsync(cancellationToken);
        var taken = placed.Select(m => (m.RoundId, m.TableId)).ToHashSet();
        var free = rounds.Count * tables.Count - taken.Count(t => tables.Any(x => x.Id == t.TableId));
        var number = await db.MeetingTables.Where(t => t.EditionId == editionId).Select(t => (int?)t.Number).MaxAsync(cancellationToken) ?? 0;
        while (free < missing)
        {
            var table = new MeetingTable { EditionId = editionId, Number = ++number, Location = $"Khu kết nối cung – cầu, bàn {number}" };
            tables.Add(table);
            db.MeetingTables.Add(table);
            free += rounds.Count;
        }
        await db.SaveChangesAsync(cancellationToken);

        var busy = rounds.ToDictionary(r => r.Id, r => placed.Where(m => m.RoundId == r.Id).SelectMany(m => new[] { m.OrganizationAId, m.OrganizationBId }).ToHashSet());
        var offers = await OfferableAsync(db, editionId, cancellationToken);
        var created = run.At(0, TimeSpan.Zero).AddDays(-10);
        var meetings = new List<Meeting>();
        for (var r = 0; r < rounds.Count; r++)
        {
            var round = rounds[r];
            foreach (var table in tables)
            {
                if (meetings.Count == missing || taken.Contains((round.Id, table.Id)))
                {
                    continue;
                }
                var (a, b) = Pair(organizations, busy[round.Id], random);
                if (a == 0)
                {
                    break;
                }
                var held = random.Next(100) < 86;
                var meeting = new Meeting
                {
                    EditionId = editionId,
                    OrganizationAId = a,
                    OrganizationBId = b,
                    ContactA = FairGeneratorNames.VietnamesePerson(random),
                    ContactB = FairGeneratorNames.VietnamesePerson(random),
                    IsMutual = random.Next(100) < 30,
                    RoundId = round.Id,
                    TableId = table.Id,
                    Status = held ? MeetingStatus.Held : MeetingStatus.NoShow,
                    Outcome = held ? Outcome(random) : MeetingOutcome.None,
                    OutcomeAt = round.EndsAt,
                    OutcomeBy = RecordedBy,
                    CreatedAt = created,
                };
                if (random.Next(3) == 0 && offers.TryGetValue(a, out var technologies) && technologies.Count > 0)
                {
                    var technology = technologies[^1];
                    technologies.RemoveAt(technologies.Count - 1);
                    var offer = new TechnologyOffer
                    {
                        EditionId = editionId,
                        OrganizationId = a,
                        TechnologyId = technology.Id,
                        Field = technology.Field,
                        OfferType = technology.OfferType,
                        Title = technology.Title,
                        ContactName = meeting.ContactA,
                        CreatedAt = created,
                        UpdatedAt = created,
                    };
                    db.TechnologyOffers.Add(offer);
                    await db.SaveChangesAsync(cancellationToken);
                    meeting.OfferId = offer.Id;
                }
                meetings.Add(meeting);
                db.Meetings.Add(meeting);
            }
            if (r == rounds.Count - 1 && meetings.Count < missing && r < MaxRounds)
            {
                // No organisation meets twice in a round, so a round holds at most half of them: add a round after the last.
                var next = new MeetingRound { EditionId = editionId, Number = rounds.Max(x => x.Number) + 1, StartsAt = rounds[^1].EndsAt.AddMinutes(10), Minutes = RoundMinutes };
                rounds.Add(next);
                db.MeetingRounds.Add(next);
                await db.SaveChangesAsync(cancellationToken);
                busy[next.Id] = [];
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return meetings;
    }

    /// <summary>Technologies the exhibitors offer for transfer, licensing or a joint venture that have no offer yet, by organisation.</summary>
    private static async Task<Dictionary<int, List<Technology>>> OfferableAsync(EventDbContext db, int editionId, CancellationToken cancellationToken)
    {
        var offered = db.TechnologyOffers.Where(o => o.EditionId == editionId && o.TechnologyId != null).Select(o => o.TechnologyId);
        var technologies = await db.Technologies.AsNoTracking()
            .Where(t => t.EditionId == editionId && t.OfferType != TechnologyOfferType.Demonstration && !offered.Contains(t.Id))
            .OrderBy(t => t.Id).ToListAsync(cancellationToken);
        return technologies.GroupBy(t => t.OrganizationId).ToDictionary(g => g.Key, g => g.ToList());
    }

    private static (int A, int B) Pair(List<int> organizations, HashSet<int> busy, Random random)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var a = organizations[random.Next(organizations.Count)];
            var b = organizations[random.Next(organizations.Count)];
            if (a != b && !busy.Contains(a) && !busy.Contains(b))
            {
                busy.Add(a);
                busy.Add(b);
                return (a, b);
            }
        }
        return (0, 0);
    }

    private static MeetingOutcome Outcome(Random random)
    {
        var roll = random.Next(Outcomes.Sum(o => o.Weight));
        foreach (var (outcome, weight) in Outcomes)
        {
            roll -= weight;
            if (roll < 0)
            {
                return outcome;
            }
        }
        return MeetingOutcome.FollowUp;
    }

    private static async Task<int> AddMousAsync(EventDbContext db, FairRun run, List<int> organizations, List<Meeting> meetings, int missing, int present,
        Random random, CancellationToken cancellationToken)
    {
        if (missing <= 0)
        {
            return 0;
        }
        var editionId = run.Edition.Id;
        var ceremony = await db.ForumSessions.AsNoTracking().Where(s => s.EditionId == editionId && s.Kind == SessionKind.MouCeremony && s.Status != SessionStatus.Cancelled)
            .OrderBy(s => s.StartsAt).Select(s => new { s.Id, s.StartsAt }).FirstOrDefaultAsync(cancellationToken);
        var stage = await db.Mous.Where(m => m.EditionId == editionId).MaxAsync(m => m.StageOrder, cancellationToken) ?? 0;
        var signedAt = ceremony?.StartsAt ?? run.At(run.Days - 1, new TimeSpan(15, 0, 0));
        // Meetings that ended in a planned MoU or a contract lead to the first MoUs.
        var leads = new Queue<Meeting>(meetings.Where(m => m.Outcome is MeetingOutcome.MouPlanned or MeetingOutcome.TransferContract));
        var mous = new List<(Mou Mou, Meeting? Meeting)>();
        for (var i = 0; i < missing; i++)
        {
            var lead = leads.Count > 0 ? leads.Dequeue() : null;
            var parties = lead is null ? [] : new List<int> { lead.OrganizationAId, lead.OrganizationBId };
            var wantedParties = random.Next(100) < 70 ? 2 : 3;
            while (parties.Count < wantedParties)
            {
                var candidate = organizations[random.Next(organizations.Count)];
                if (!parties.Contains(candidate))
                {
                    parties.Add(candidate);
                }
            }
            var field = FairGeneratorNames.Pick(FairGeneratorNames.Fields, random);
            var (fieldVi, fieldEn) = FairGeneratorNames.FieldName(field);
            var transfer = parties.Count == 2 && random.Next(2) == 0;
            var mou = new Mou
            {
                EditionId = editionId,
                Title = new LocalizedText($"Biên bản ghi nhớ hợp tác về {fieldVi} (hư cấu)", $"Memorandum of understanding on {fieldEn} (fictional)"),
                Field = field,
                Summary = new LocalizedText($"Các bên hợp tác nghiên cứu, chuyển giao và thương mại hóa công nghệ {fieldVi}.",
                    $"The parties cooperate on research, transfer and commercialisation of {fieldEn} technology."),
                Status = MouStatus.Signed,
                CeremonySessionId = ceremony?.Id,
                StageOrder = ++stage,
                SignedAt = signedAt.AddMinutes(3 * (present + i)),
                ValueVnd = random.Next(3) == 0 ? null : random.Next(5, 500) * 100_000_000L,
                CreatedAt = run.At(0, TimeSpan.Zero).AddDays(-20),
                UpdatedAt = signedAt,
                Parties = [.. parties.Select((organization, order) => new MouParty
                {
                    OrganizationId = organization,
                    Role = transfer ? (order == 0 ? MouPartyRole.Transferor : MouPartyRole.Recipient) : MouPartyRole.Partner,
                    SignatoryName = FairGeneratorNames.VietnamesePerson(random),
                    SignatoryPosition = FairGeneratorNames.Pick(FairGeneratorNames.SignatoryPositions, random),
                    SortOrder = order + 1,
                })],
                Witnesses = [new MouWitness { Name = FairGeneratorNames.VietnamesePerson(random), Title = "Lãnh đạo Bộ Khoa học và Công nghệ (hư cấu)", SortOrder = 1 }],
                Items =
                [
                    new MouItem { Number = 1, Text = new LocalizedText($"Trao đổi thông tin và chuyên gia về {fieldVi}.", $"Exchange of information and experts in {fieldEn}.") },
                    new MouItem { Number = 2, Text = new LocalizedText("Xây dựng dự án thí điểm chung trong 12 tháng.", "A joint pilot project within 12 months.") },
                ],
            };
            mous.Add((mou, lead));
            db.Mous.Add(mou);
        }
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (mou, meeting) in mous.Where(m => m.Meeting is not null))
        {
            mou.MeetingId = meeting!.Id;
            meeting.MouId = mou.Id;
        }
        await db.SaveChangesAsync(cancellationToken);
        return mous.Count;
    }
}
