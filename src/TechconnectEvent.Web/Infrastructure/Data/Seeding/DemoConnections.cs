using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Connections;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.Forum;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.Web.Infrastructure.Data.Seeding;

internal sealed record PlannedOffer(string Key, string Organization, string? TechnologyTitle, TechnologyOffer Offer);
internal sealed record PlannedNeed(string Key, string Organization, TechnologyNeed Need);
internal sealed record PlannedParticipant(string Organization, bool JoinsOnline, IReadOnlyList<int> UnavailableRounds);
internal sealed record PlannedMeeting(Meeting Meeting, int? Round, int? Table, string? MouKey);
internal sealed record PlannedRequest(MeetingRequest Request, string From, string To, string? OfferKey, string? NeedKey, PlannedMeeting? Meeting);
internal sealed record PlannedMou(string Key, Mou Mou, IReadOnlyList<string> PartyOrganizations);

/// <summary>
/// The supply–demand connections and MoU register of a demo edition (<c>connections.json</c>, optional): offers and
/// needs, rounds, tables, requests with the meetings they became, and the MoUs signed at the programme's ceremony —
/// every reference checked against the other demo files before anything is written.
/// </summary>
internal sealed record DemoConnections(
    IReadOnlyList<PlannedOffer> Offers,
    IReadOnlyList<PlannedNeed> Needs,
    IReadOnlyList<MeetingRound> Rounds,
    IReadOnlyList<MeetingTable> Tables,
    IReadOnlyList<PlannedParticipant> Participants,
    IReadOnlyList<PlannedRequest> Requests,
    IReadOnlyList<PlannedMou> Mous)
{
    public const string FileName = "connections.json";
    /// <summary>Who the demo's outcomes are recorded by, as the demo's booth allocations are.</summary>
    private const string RecordedBy = "demo data";

    public static DemoConnections? Load(DemoDataFolder folder, DemoData data, DemoProgramme? programme, DateTimeOffset writtenAt)
    {
        if (!File.Exists(Path.Combine(folder.Path, FileName)))
        {
            return null;
        }
        var file = DemoDataLoader.Read<ConnectionsFile>(folder, FileName);
        var reader = new Reader(data, programme, writtenAt);
        var offers = file.Offers.Select((o, i) => reader.Offer(o, i)).ToList();
        var needs = file.Needs.Select((n, i) => reader.Need(n, i)).ToList();
        var rounds = reader.Rounds(file.Rounds);
        var tables = reader.Tables(file.Tables);
        var participants = file.Participants.Select((p, i) => reader.Participant(p, i, rounds.Count)).ToList();
        var mous = file.Mous.Select((m, i) => reader.Mou(m, i)).ToList();
        reader.CheckStageOrder(mous);
        var requests = file.Requests.Select((r, i) => reader.Request(r, i, offers, needs, rounds, tables, mous)).ToList();
        reader.CheckPlacements(requests, tables, participants);
        return new DemoConnections(offers, needs, rounds, tables, participants, requests, mous);
    }

    /// <summary>True when the edition already has any connections data, which the demo then leaves alone.</summary>
    public static async Task<bool> PresentAsync(EventDbContext db, int editionId, CancellationToken cancellationToken) =>
        await db.TechnologyOffers.AnyAsync(o => o.EditionId == editionId, cancellationToken)
        || await db.TechnologyNeeds.AnyAsync(n => n.EditionId == editionId, cancellationToken)
        || await db.MeetingRounds.AnyAsync(r => r.EditionId == editionId, cancellationToken)
        || await db.MeetingTables.AnyAsync(t => t.EditionId == editionId, cancellationToken)
        || await db.MeetingRequests.AnyAsync(r => r.EditionId == editionId, cancellationToken)
        || await db.Meetings.AnyAsync(m => m.EditionId == editionId, cancellationToken)
        || await db.Mous.AnyAsync(m => m.EditionId == editionId, cancellationToken);

    /// <summary>Inserts everything for the edition inside the caller's transaction.</summary>
    /// <returns>The organisations the file names that the database no longer has (then nothing was added).</returns>
    public async Task<IReadOnlyList<string>> AddAsync(EventDbContext db, int editionId, CancellationToken cancellationToken)
    {
        var organizationIds = (await db.Organizations.Select(o => new { o.Id, o.Name.Vi }).ToListAsync(cancellationToken))
            .GroupBy(o => o.Vi.Normalize(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Min(o => o.Id), StringComparer.Ordinal);
        // An edition seeded long ago may have lost or renamed an organisation since; the demo then stays out of it.
        var missing = Offers.Select(o => o.Organization).Concat(Needs.Select(n => n.Organization))
            .Concat(Participants.Select(p => p.Organization)).Concat(Requests.SelectMany(r => new[] { r.From, r.To }))
            .Concat(Mous.SelectMany(m => m.PartyOrganizations))
            .Where(name => !organizationIds.ContainsKey(name)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            return missing;
        }
        var technologyIds = await db.Technologies.Where(t => t.EditionId == editionId)
            .Select(t => new { t.Id, t.OrganizationId, t.Title.Vi }).ToListAsync(cancellationToken);
        var ceremonyId = await db.ForumSessions.Where(s => s.EditionId == editionId && s.Kind == SessionKind.MouCeremony)
            .Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken);

        foreach (var planned in Offers)
        {
            planned.Offer.EditionId = editionId;
            planned.Offer.OrganizationId = organizationIds[planned.Organization];
            planned.Offer.TechnologyId = planned.TechnologyTitle is null ? null
                : technologyIds.FirstOrDefault(t => t.OrganizationId == planned.Offer.OrganizationId && t.Vi == planned.TechnologyTitle)?.Id;
        }
        foreach (var planned in Needs)
        {
            planned.Need.EditionId = editionId;
            planned.Need.OrganizationId = organizationIds[planned.Organization];
        }
        foreach (var row in Rounds)
        {
            row.EditionId = editionId;
        }
        foreach (var row in Tables)
        {
            row.EditionId = editionId;
        }
        db.TechnologyOffers.AddRange(Offers.Select(o => o.Offer));
        db.TechnologyNeeds.AddRange(Needs.Select(n => n.Need));
        db.MeetingRounds.AddRange(Rounds);
        db.MeetingTables.AddRange(Tables);
        foreach (var planned in Mous)
        {
            planned.Mou.EditionId = editionId;
            planned.Mou.CeremonySessionId = planned.Mou.StageOrder is null ? null : ceremonyId;
            foreach (var (party, organization) in planned.Mou.Parties.Zip(planned.PartyOrganizations))
            {
                party.OrganizationId = organizationIds[organization];
            }
        }
        db.Mous.AddRange(Mous.Select(m => m.Mou));
        await db.SaveChangesAsync(cancellationToken);

        db.ConnectionParticipants.AddRange(Participants.Select(p => new ConnectionParticipant
        {
            EditionId = editionId,
            OrganizationId = organizationIds[p.Organization],
            JoinsOnline = p.JoinsOnline,
            UnavailableRounds = [.. p.UnavailableRounds.Select(n => new ParticipantUnavailability { RoundId = Rounds[n - 1].Id })],
        }));
        var offers = Offers.ToDictionary(o => o.Key, o => o.Offer, StringComparer.Ordinal);
        var needs = Needs.ToDictionary(n => n.Key, n => n.Need, StringComparer.Ordinal);
        var mous = Mous.ToDictionary(m => m.Key, m => m.Mou, StringComparer.Ordinal);
        foreach (var planned in Requests)
        {
            var request = planned.Request;
            request.EditionId = editionId;
            request.FromOrganizationId = organizationIds[planned.From];
            request.ToOrganizationId = organizationIds[planned.To];
            request.OfferId = planned.OfferKey is null ? null : offers[planned.OfferKey].Id;
            request.NeedId = planned.NeedKey is null ? null : needs[planned.NeedKey].Id;
            if (planned.Meeting is { } placed)
            {
                var meeting = placed.Meeting;
                meeting.EditionId = editionId;
                meeting.OrganizationAId = request.FromOrganizationId;
                meeting.OrganizationBId = request.ToOrganizationId;
                meeting.OfferId = request.OfferId;
                meeting.NeedId = request.NeedId;
                meeting.RoundId = placed.Round is { } round ? Rounds[round - 1].Id : null;
                meeting.TableId = placed.Table is { } table ? Tables.Single(t => t.Number == table).Id : null;
                db.Meetings.Add(meeting);
            }
        }
        await db.SaveChangesAsync(cancellationToken);

        foreach (var planned in Requests.Where(r => r.Meeting is not null))
        {
            var placed = planned.Meeting!;
            planned.Request.MeetingId = placed.Meeting.Id;
            if (placed.MouKey is { } key)
            {
                placed.Meeting.MouId = mous[key].Id;
                mous[key].MeetingId = placed.Meeting.Id;
            }
        }
        db.MeetingRequests.AddRange(Requests.Select(r => r.Request));
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    /// <summary>Reads the entries of the file in order, each checked against the rest of the demo data.</summary>
    private sealed class Reader(DemoData data, DemoProgramme? programme, DateTimeOffset writtenAt)
    {
        private readonly TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(data.Edition.TimeZoneId);
        private readonly HashSet<string> organizations = data.Organizations.Select(o => o.Name.Vi).ToHashSet(StringComparer.Ordinal);

        public PlannedOffer Offer(OfferData item, int index)
        {
            var entry = $"offer #{index + 1} ({item.Key})";
            var organization = Organization(item.Organization, entry);
            var technology = item.Technology is null ? null
                : data.Technologies.FirstOrDefault(t => t.OrganizationName == organization && t.Technology.Title.Vi == item.Technology)?.Technology
                    ?? throw new DemoDataException(FileName, entry, $"'{organization}' has no technology titled '{item.Technology}'.");
            if (technology is null && (item.Field is null || item.OfferType is null || item.Title is null))
            {
                throw new DemoDataException(FileName, entry, "an offer without a technology needs a field, an offerType and a title.");
            }
            var offerType = item.OfferType is null ? technology!.OfferType : DemoDataValidation.ParseName<TechnologyOfferType>(item.OfferType, FileName, entry, "offerType");
            if (offerType == TechnologyOfferType.Demonstration)
            {
                throw new DemoDataException(FileName, entry, "a demonstration is not an offer: use Licensing, Transfer or JointVenture.");
            }
            var title = item.Title is null ? technology!.Title : DemoDataValidation.Text(item.Title, FileName, entry, "title");
            return new PlannedOffer(item.Key, organization, technology?.Title.Vi, new TechnologyOffer
            {
                Field = item.Field is null ? technology!.Field : DemoDataValidation.ParseName<TechnologyField>(item.Field, FileName, entry, "field"),
                OfferType = offerType,
                Title = title,
                Description = item.Description is null ? Bilingual(technology?.Description) : DemoDataValidation.Text(item.Description, FileName, entry, "description"),
                ContactName = Person(item.ContactName, entry, "contactName"),
                ContactEmail = DemoDataValidation.Clean(item.ContactEmail),
                CreatedAt = writtenAt,
                UpdatedAt = writtenAt,
            });
        }

        public PlannedNeed Need(NeedData item, int index)
        {
            var entry = $"need #{index + 1} ({item.Key})";
            return new PlannedNeed(item.Key, Organization(item.Organization, entry), new TechnologyNeed
            {
                Field = DemoDataValidation.ParseName<TechnologyField>(item.Field, FileName, entry, "field"),
                Title = DemoDataValidation.Text(item.Title, FileName, entry, "title"),
                Description = item.Description is null ? new LocalizedText("", "") : DemoDataValidation.Text(item.Description, FileName, entry, "description"),
                ContactName = Person(item.ContactName, entry, "contactName"),
                CreatedAt = writtenAt,
                UpdatedAt = writtenAt,
            });
        }

        public List<MeetingRound> Rounds(IReadOnlyList<RoundData> items)
        {
            var rounds = new List<MeetingRound>();
            foreach (var (item, index) in items.Select((r, i) => (r, i)))
            {
                var entry = $"round #{index + 1}";
                if (item.Date < data.Edition.StartDate || item.Date > data.Edition.EndDate)
                {
                    throw new DemoDataException(FileName, entry, $"{item.Date:yyyy-MM-dd} is not a day of the edition.");
                }
                if (item.Minutes is < 5 or > 180)
                {
                    throw new DemoDataException(FileName, entry, "minutes must be between 5 and 180.");
                }
                var round = new MeetingRound { Number = index + 1, StartsAt = Local(item.Date, item.Start, entry), Minutes = item.Minutes };
                if (rounds.LastOrDefault() is { } previous && round.StartsAt < previous.EndsAt)
                {
                    throw new DemoDataException(FileName, entry, "rounds must be in time order and must not overlap.");
                }
                rounds.Add(round);
            }
            return rounds;
        }

        public List<MeetingTable> Tables(IReadOnlyList<TableData> items)
        {
            var tables = new List<MeetingTable>();
            foreach (var item in items)
            {
                var entry = $"table {item.Number}";
                if (item.Number <= 0 || tables.Any(t => t.Number == item.Number))
                {
                    throw new DemoDataException(FileName, entry, "table numbers must be positive and used once.");
                }
                var link = DemoDataValidation.Clean(item.MeetingLink);
                if (link is not null && !(Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps))
                {
                    throw new DemoDataException(FileName, entry, $"meetingLink '{link}' is not an absolute https address.");
                }
                tables.Add(new MeetingTable { Number = item.Number, IsOnline = link is not null, MeetingLink = link, Location = DemoDataValidation.Clean(item.Location) });
            }
            return tables;
        }

        public PlannedParticipant Participant(ParticipantData item, int index, int roundCount)
        {
            var entry = $"participant #{index + 1} ({item.Organization})";
            if (item.UnavailableRounds.Any(n => n < 1 || n > roundCount))
            {
                throw new DemoDataException(FileName, entry, $"unavailableRounds must be round numbers from 1 to {roundCount}.");
            }
            return new PlannedParticipant(Organization(item.Organization, entry), item.JoinsOnline, item.UnavailableRounds);
        }

        public PlannedMou Mou(MouData item, int index)
        {
            var entry = $"MoU #{index + 1} ({item.Key})";
            var status = DemoDataValidation.ParseName<MouStatus>(item.Status, FileName, entry, "status");
            DateTimeOffset? signedAt = null;
            if (status is MouStatus.Signed or MouStatus.Exchanged)
            {
                var ceremony = Ceremony(entry);
                var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(ceremony.StartsAt, zone).DateTime);
                signedAt = Local(day, item.SignedAt ?? throw new DemoDataException(FileName, entry, "a signed MoU needs signedAt."), entry);
                if (signedAt < ceremony.StartsAt || signedAt > ceremony.EndsAt || item.StageOrder is null)
                {
                    throw new DemoDataException(FileName, entry, "a signed MoU has a stage order and is signed during the ceremony.");
                }
            }
            else if (item.SignedAt is not null)
            {
                throw new DemoDataException(FileName, entry, $"a {status} MoU has no signedAt.");
            }
            if (item.Parties.Count < 2 || item.Parties.Select(p => p.Organization).Distinct(StringComparer.Ordinal).Count() != item.Parties.Count)
            {
                throw new DemoDataException(FileName, entry, "an MoU needs at least two different parties.");
            }
            if (item.ValueVnd is < 0)
            {
                throw new DemoDataException(FileName, entry, "valueVnd must not be negative.");
            }
            var createdAt = item.CreatedAt is null ? writtenAt : LocalDateTime(item.CreatedAt, entry);
            return new PlannedMou(item.Key, new Mou
            {
                Title = DemoDataValidation.Text(item.Title, FileName, entry, "title"),
                Summary = item.Summary is null ? new LocalizedText("", "") : DemoDataValidation.Text(item.Summary, FileName, entry, "summary"),
                Field = DemoDataValidation.ParseName<TechnologyField>(item.Field, FileName, entry, "field"),
                Status = status,
                StageOrder = item.StageOrder,
                SignedAt = signedAt,
                ValueVnd = item.ValueVnd,
                CreatedAt = createdAt,
                UpdatedAt = signedAt ?? createdAt,
                Parties = [.. item.Parties.Select((p, order) => new MouParty
                {
                    Role = DemoDataValidation.ParseName<MouPartyRole>(p.Role, FileName, entry, "role"),
                    SignatoryName = Person(p.SignatoryName, entry, "signatoryName"),
                    SignatoryPosition = Person(p.SignatoryPosition, entry, "signatoryPosition"),
                    SortOrder = order + 1,
                })],
                Witnesses = [.. item.Witnesses.Select((w, order) => new MouWitness
                {
                    Name = Person(w.Name, entry, "witness name"),
                    Title = Person(w.Title, entry, "witness title"),
                    SortOrder = order + 1,
                })],
                Items = [.. item.Items.Select((text, order) => new MouItem { Number = order + 1, Text = DemoDataValidation.Text(text, FileName, entry, $"item {order + 1}") })],
            }, [.. item.Parties.Select(p => Organization(p.Organization, entry))]);
        }

        /// <summary>The ceremony's stage list runs 1, 2, 3 … without gaps or repeats.</summary>
        public void CheckStageOrder(IReadOnlyList<PlannedMou> mous)
        {
            var orders = mous.Where(m => m.Mou.StageOrder is not null).Select(m => m.Mou.StageOrder!.Value).Order().ToList();
            if (!orders.SequenceEqual(Enumerable.Range(1, orders.Count)))
            {
                throw new DemoDataException(FileName, null, $"the MoUs' stage orders must run 1 to {orders.Count} once each; they are {string.Join(", ", orders)}.");
            }
            if (orders.Count > 0)
            {
                Ceremony("the MoUs with a stage order");
            }
        }

        public PlannedRequest Request(RequestData item, int index, IReadOnlyList<PlannedOffer> offers, IReadOnlyList<PlannedNeed> needs,
            IReadOnlyList<MeetingRound> rounds, IReadOnlyList<MeetingTable> tables, IReadOnlyList<PlannedMou> mous)
        {
            var entry = $"request #{index + 1} ({item.From} → {item.To})";
            var from = Organization(item.From, entry);
            var to = Organization(item.To, entry);
            if (from == to)
            {
                throw new DemoDataException(FileName, entry, "an organisation does not ask itself for a meeting.");
            }
            if (item.Offer is not null && offers.All(o => o.Key != item.Offer) || item.Need is not null && needs.All(n => n.Key != item.Need))
            {
                throw new DemoDataException(FileName, entry, $"offer '{item.Offer}' or need '{item.Need}' is not a key of the file.");
            }
            var cited = offers.Where(o => o.Key == item.Offer).Select(o => o.Organization)
                .Concat(needs.Where(n => n.Key == item.Need).Select(n => n.Organization));
            if (cited.Any(o => o != from && o != to))
            {
                throw new DemoDataException(FileName, entry, "the cited offer or need belongs to neither side.");
            }
            var status = DemoDataValidation.ParseName<MeetingRequestStatus>(item.Status, FileName, entry, "status");
            var createdAt = LocalDateTime(item.CreatedAt, entry);
            DateTimeOffset? respondedAt = item.RespondedAt is null ? null : LocalDateTime(item.RespondedAt, entry);
            var answered = status is MeetingRequestStatus.Accepted or MeetingRequestStatus.Declined;
            if (answered != (respondedAt is not null && item.ToContact is not null) || respondedAt < createdAt)
            {
                throw new DemoDataException(FileName, entry, "an answered request (and only one) has a toContact and a respondedAt after createdAt.");
            }
            if ((status == MeetingRequestStatus.Accepted) != (item.Meeting is not null))
            {
                throw new DemoDataException(FileName, entry, "an accepted request (and only one) has a meeting.");
            }
            var request = new MeetingRequest
            {
                Message = DemoDataValidation.Clean(item.Message) ?? throw new DemoDataException(FileName, entry, "the message is empty."),
                FromContactName = Person(item.FromContact, entry, "fromContact"),
                ToContactName = DemoDataValidation.Clean(item.ToContact),
                Status = status,
                DeclineReason = status == MeetingRequestStatus.Declined ? DemoDataValidation.Clean(item.DeclineReason) : null,
                CreatedAt = createdAt,
                RespondedAt = respondedAt,
            };
            var meeting = item.Meeting is null ? null : Meeting(item.Meeting, request, entry, rounds, tables, mous);
            return new PlannedRequest(request, from, to, item.Offer, item.Need, meeting);
        }

        private static PlannedMeeting Meeting(MeetingData item, MeetingRequest request, string entry,
            IReadOnlyList<MeetingRound> rounds, IReadOnlyList<MeetingTable> tables, IReadOnlyList<PlannedMou> mous)
        {
            if ((item.Round is null) != (item.Table is null)
                || item.Round is { } r && (r < 1 || r > rounds.Count)
                || item.Table is { } t && tables.All(x => x.Number != t))
            {
                throw new DemoDataException(FileName, entry, $"the meeting needs both a round (1 to {rounds.Count}) and a table of the file, or neither.");
            }
            var status = DemoDataValidation.ParseName<MeetingStatus>(item.Status, FileName, entry, "meeting status");
            var outcome = item.Outcome is null ? MeetingOutcome.None : DemoDataValidation.ParseName<MeetingOutcome>(item.Outcome, FileName, entry, "outcome");
            if (status is MeetingStatus.Held or MeetingStatus.NoShow && item.Round is null)
            {
                throw new DemoDataException(FileName, entry, "a meeting held or missed took place in a round at a table.");
            }
            if (outcome != MeetingOutcome.None && status != MeetingStatus.Held)
            {
                throw new DemoDataException(FileName, entry, "only a held meeting has an outcome.");
            }
            if ((outcome == MeetingOutcome.MouPlanned) != (item.Mou is not null)
                || item.Mou is not null && mous.FirstOrDefault(m => m.Key == item.Mou) is not { Mou.StageOrder: null })
            {
                throw new DemoDataException(FileName, entry, "the outcome MouPlanned (and only it) names a draft MoU of the file that is not on the ceremony's stage list.");
            }
            var endsAt = item.Round is { } number ? rounds[number - 1].EndsAt : (DateTimeOffset?)null;
            return new PlannedMeeting(new Meeting
            {
                ContactA = request.FromContactName,
                ContactB = request.ToContactName!,
                Status = status,
                Outcome = outcome,
                OutcomeNotes = DemoDataValidation.Clean(item.OutcomeNotes),
                OutcomeAt = outcome == MeetingOutcome.None ? null : endsAt,
                OutcomeBy = outcome == MeetingOutcome.None ? null : RecordedBy,
                CreatedAt = request.RespondedAt!.Value,
            }, item.Round, item.Table, item.Mou);
        }

        /// <summary>
        /// The rules the scheduler keeps: one meeting per table per round, nobody in two meetings of a round, online
        /// organisations at online tables, and nobody in a round they said they cannot attend.
        /// </summary>
        public void CheckPlacements(IReadOnlyList<PlannedRequest> requests, IReadOnlyList<MeetingTable> tables, IReadOnlyList<PlannedParticipant> participants)
        {
            var placed = requests.Where(r => r.Meeting?.Round is not null).ToList();
            foreach (var (request, index) in placed.Select((r, i) => (r, i)))
            {
                var meeting = request.Meeting!;
                var entry = $"meeting of {request.From} → {request.To}";
                var sameRound = placed.Take(index).Where(p => p.Meeting!.Round == meeting.Round).ToList();
                if (sameRound.Any(p => p.Meeting!.Table == meeting.Table))
                {
                    throw new DemoDataException(FileName, entry, $"table {meeting.Table} already has a meeting in round {meeting.Round}.");
                }
                string[] sides = [request.From, request.To];
                if (sameRound.Any(p => sides.Contains(p.From) || sides.Contains(p.To)))
                {
                    throw new DemoDataException(FileName, entry, $"one of the organisations already meets someone in round {meeting.Round}.");
                }
                var online = participants.Any(p => sides.Contains(p.Organization) && p.JoinsOnline);
                if (tables.Single(t => t.Number == meeting.Table).IsOnline != online)
                {
                    throw new DemoDataException(FileName, entry, "a meeting with an online party sits at an online table, and only such a meeting does.");
                }
                if (participants.Any(p => sides.Contains(p.Organization) && p.UnavailableRounds.Contains(meeting.Round!.Value)))
                {
                    throw new DemoDataException(FileName, entry, $"an organisation said it cannot attend round {meeting.Round}.");
                }
            }
        }

        private ForumSession Ceremony(string entry) =>
            programme?.Sessions.Select(s => s.Session).SingleOrDefault(s => s.Kind == SessionKind.MouCeremony)
            ?? throw new DemoDataException(FileName, entry, $"the programme ({DemoProgramme.FileName}) has no single MoU ceremony to sign at.");

        private string Organization(string name, string entry)
        {
            var clean = DemoDataValidation.Clean(name) ?? "";
            return organizations.Contains(clean) ? clean
                : throw new DemoDataException(FileName, entry, $"organisation '{name}' is not in {DemoDataFolder.OrganizationsFile}.");
        }

        /// <summary>A technology's one description holds both languages as "vi / en" in the demo data.</summary>
        private static LocalizedText Bilingual(string? description) => description?.Split(" / ", 2) switch
        {
            [var vi, var en] => new LocalizedText(vi.Trim(), en.Trim()),
            [var both] => new LocalizedText(both, both),
            _ => new LocalizedText("", ""),
        };

        private static string Person(string text, string entry, string field) =>
            DemoDataValidation.Clean(text) ?? throw new DemoDataException(FileName, entry, $"{field} is empty.");

        private DateTimeOffset LocalDateTime(string text, string entry) =>
            DateTime.TryParseExact(text, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var wall)
                ? new DateTimeOffset(wall, zone.GetUtcOffset(wall)).ToUniversalTime()
                : throw new DemoDataException(FileName, entry, $"'{text}' is not a local time of the form yyyy-MM-dd HH:mm.");

        private DateTimeOffset Local(DateOnly date, string time, string entry) => LocalDateTime(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " " + time, entry);
    }
}
