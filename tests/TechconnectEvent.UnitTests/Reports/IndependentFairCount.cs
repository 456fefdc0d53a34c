using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.CheckIns;
using TechconnectEvent.Web.Features.Connections;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.Forum;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Features.Registrations;
using TechconnectEvent.Web.Features.Zones;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.UnitTests.Reports;

/// <summary>
/// The post-event figures counted a second way: every row of the edition loaded as it is stored, then counted entity by
/// entity with loops and hash sets — no grouped query, no shared helper with the report's query.
/// </summary>
internal sealed class IndependentFairCount
{
    private IndependentFairCount(Edition edition) => Edition = edition;

    public Edition Edition { get; }
    public List<RegistrationCategory> Categories { get; private set; } = [];
    public List<Registration> Registrations { get; private set; } = [];
    public List<CheckIn> GateAdmissions { get; private set; } = [];
    public List<CheckIn> DoorAdmissions { get; private set; } = [];
    public List<ScanPoint> Doors { get; private set; } = [];
    public List<Zone> Zones { get; private set; } = [];
    public List<Booth> Booths { get; private set; } = [];
    public List<Organization> Exhibitors { get; private set; } = [];
    public List<Technology> Technologies { get; private set; } = [];
    public List<ForumSession> HeldSessions { get; private set; } = [];
    public Dictionary<int, List<string>> Chairs { get; } = [];
    public List<SessionInterest> Interests { get; private set; } = [];
    public List<Meeting> Meetings { get; private set; } = [];
    public List<Mou> SignedMous { get; private set; } = [];
    public Dictionary<int, Organization> Organizations { get; private set; } = [];

    public static async Task<IndependentFairCount> LoadAsync(EventDbContext db, int editionId, CancellationToken cancellationToken)
    {
        var count = new IndependentFairCount(await db.Editions.AsNoTracking().SingleAsync(e => e.Id == editionId, cancellationToken));
        count.Categories = await db.RegistrationCategories.AsNoTracking().Where(c => c.EditionId == editionId).ToListAsync(cancellationToken);
        count.Registrations = await db.Registrations.AsNoTracking().Where(r => r.EditionId == editionId).ToListAsync(cancellationToken);
        var checkIns = await db.CheckIns.AsNoTracking().Where(c => c.EditionId == editionId).ToListAsync(cancellationToken);
        count.GateAdmissions = checkIns.Where(c => c.Scope == CheckIn.FairEntry).ToList();
        count.DoorAdmissions = checkIns.Where(c => c.Scope != CheckIn.FairEntry).ToList();
        count.Doors = await db.ScanPoints.AsNoTracking().Where(p => p.EditionId == editionId && p.SessionId != null).ToListAsync(cancellationToken);
        count.Zones = await db.Zones.AsNoTracking().Where(z => z.EditionId == editionId).ToListAsync(cancellationToken);
        count.Booths = await db.Booths.AsNoTracking().Where(b => b.EditionId == editionId).ToListAsync(cancellationToken);
        count.Organizations = await db.Organizations.AsNoTracking().ToDictionaryAsync(o => o.Id, cancellationToken);
        var allocations = await db.BoothAllocations.AsNoTracking().Where(a => a.EditionId == editionId).ToListAsync(cancellationToken);
        var allocatedBooths = count.Booths.Where(b => b.Status == BoothStatus.Allocated).Select(b => b.Id).ToHashSet();
        var exhibitorIds = new HashSet<int>();
        foreach (var allocation in allocations)
        {
            if (allocatedBooths.Contains(allocation.BoothId))
            {
                exhibitorIds.Add(allocation.OrganizationId);
            }
        }
        count.Exhibitors = exhibitorIds.Select(id => count.Organizations[id]).ToList();
        count.Technologies = (await db.Technologies.AsNoTracking().ToListAsync(cancellationToken))
            .Where(t => exhibitorIds.Contains(t.OrganizationId) && (t.EditionId is null || t.EditionId == editionId)).ToList();
        count.HeldSessions = await db.ForumSessions.AsNoTracking()
            .Where(s => s.EditionId == editionId && s.Status == SessionStatus.Published).ToListAsync(cancellationToken);
        var users = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, cancellationToken);
        foreach (var chair in await db.SessionChairs.AsNoTracking().ToListAsync(cancellationToken))
        {
            if (count.HeldSessions.Any(s => s.Id == chair.SessionId))
            {
                var user = users[chair.UserId];
                var names = count.Chairs.TryGetValue(chair.SessionId, out var list) ? list : count.Chairs[chair.SessionId] = [];
                names.Add(user.DisplayName ?? user.Email ?? user.UserName ?? "");
            }
        }
        count.Interests = await db.SessionInterests.AsNoTracking().ToListAsync(cancellationToken);
        count.Meetings = await db.Meetings.AsNoTracking().Where(m => m.EditionId == editionId).ToListAsync(cancellationToken);
        count.SignedMous = await db.Mous.AsNoTracking().Include(m => m.Parties)
            .Where(m => m.EditionId == editionId && (m.Status == MouStatus.Signed || m.Status == MouStatus.Exchanged)).ToListAsync(cancellationToken);
        return count;
    }

    private TimeZoneInfo EditionTimeZone => TimeZoneInfo.FindSystemTimeZoneById(Edition.TimeZoneId);

    public List<Registration> Confirmed => Registrations.Where(r => r.Status == RegistrationStatus.Confirmed).ToList();

    public int Registered => Confirmed.Count;

    public int CheckedIn => People(GateAdmissions);

    public int Admissions => GateAdmissions.Count;

    private static int People(IEnumerable<CheckIn> admissions) => admissions.Select(a => a.RegistrationId).ToHashSet().Count;

    public (int Registered, int CheckedIn) Category(int categoryId)
    {
        var inCategory = Registrations.Where(r => r.CategoryId == categoryId).Select(r => r.Id).ToHashSet();
        return (Confirmed.Count(r => r.CategoryId == categoryId), People(GateAdmissions.Where(a => inCategory.Contains(a.RegistrationId))));
    }

    /// <summary>A person with no days recorded may come on any day.</summary>
    public (int Registered, int CheckedIn) Day(int dayIndex) =>
        (Confirmed.Count(r => r.DaysMask == 0 || ((r.DaysMask >> dayIndex) & 1) == 1), People(GateAdmissions.Where(a => a.DayIndex == dayIndex)));

    private List<DateTime> LocalAdmissions => GateAdmissions.Select(a => TimeZoneInfo.ConvertTimeFromUtc(a.At.UtcDateTime, EditionTimeZone)).ToList();

    /// <summary>Each day from its first to its last hour with an admission, quiet hours as zeros.</summary>
    public List<(DateOnly Date, int Hour, int Admissions)> Hours()
    {
        var result = new List<(DateOnly, int, int)>();
        var local = LocalAdmissions;
        foreach (var date in local.Select(DateOnly.FromDateTime).Distinct().Order())
        {
            var perHour = new int[24];
            foreach (var instant in local.Where(t => DateOnly.FromDateTime(t) == date))
            {
                perHour[instant.Hour]++;
            }
            var first = Array.FindIndex(perHour, n => n > 0);
            var last = Array.FindLastIndex(perHour, n => n > 0);
            for (var hour = first; hour <= last; hour++)
            {
                result.Add((date, hour, perHour[hour]));
            }
        }
        return result;
    }

    /// <summary>48 half-hour buckets a day; the first of the fullest wins.</summary>
    public (DateOnly Date, TimeOnly Start, int Admissions) Peak()
    {
        var buckets = new SortedDictionary<(DateOnly, int), int>();
        foreach (var instant in LocalAdmissions)
        {
            var key = (DateOnly.FromDateTime(instant), instant.Hour * 2 + instant.Minute / 30);
            buckets[key] = buckets.GetValueOrDefault(key) + 1;
        }
        var best = buckets.First();
        foreach (var bucket in buckets)
        {
            if (bucket.Value > best.Value)
            {
                best = bucket;
            }
        }
        return (best.Key.Item1, new TimeOnly(best.Key.Item2 / 2, best.Key.Item2 % 2 * 30), best.Value);
    }

    /// <summary>A blocked booth is not offered, so it counts neither as a booth nor towards the rate; archived zones are gone.</summary>
    public List<(string Code, LocalizedText Name, int Booths, int Allocated)> ZoneRows() =>
        Zones.Where(z => !z.IsArchived)
            .Select(z => (z.Code, z.Name,
                Booths.Count(b => b.ZoneId == z.Id && b.Status != BoothStatus.Blocked),
                Booths.Count(b => b.ZoneId == z.Id && b.Status == BoothStatus.Allocated)))
            .Where(z => z.Item3 > 0)
            .ToList();

    public int OfferedBooths => ZoneRows().Sum(z => z.Booths);

    public int AllocatedBooths => ZoneRows().Sum(z => z.Allocated);

    public Dictionary<OrganizationType, int> ExhibitorsByType()
    {
        var result = new Dictionary<OrganizationType, int>();
        foreach (var organization in Exhibitors)
        {
            foreach (var type in Enum.GetValues<OrganizationType>())
            {
                if (type != OrganizationType.None && (organization.Type & type) == type)
                {
                    result[type] = result.GetValueOrDefault(type) + 1;
                }
            }
        }
        return result;
    }

    public Dictionary<(string? Province, bool IsForeign), int> ExhibitorsByProvince()
    {
        var result = new Dictionary<(string?, bool), int>();
        foreach (var organization in Exhibitors)
        {
            var key = organization.Country == "VN"
                ? (string.IsNullOrWhiteSpace(organization.Province) ? null : organization.Province.Trim(), false)
                : (organization.Country, true);
            result[key] = result.GetValueOrDefault(key) + 1;
        }
        return result;
    }

    public Dictionary<TechnologyField, int> TechnologiesByField() =>
        Technologies.Select(t => t.Field).Distinct().ToDictionary(f => f, f => Technologies.Count(t => t.Field == f));

    /// <summary>Distinct people admitted at any door of the session.</summary>
    public int Attended(int sessionId)
    {
        var doors = Doors.Where(d => d.SessionId == sessionId).Select(d => d.Id).ToHashSet();
        return People(DoorAdmissions.Where(a => doors.Contains(a.Scope)));
    }

    /// <summary>People interested in the session whose registration still stands.</summary>
    public int Expected(int sessionId)
    {
        var standing = Registrations.Where(r => r.Status is not (RegistrationStatus.Cancelled or RegistrationStatus.Rejected)).Select(r => r.Id).ToHashSet();
        return Interests.Count(i => i.SessionId == sessionId && standing.Contains(i.RegistrationId));
    }

    public int SessionAttendance => HeldSessions.Sum(s => Attended(s.Id));

    public List<Meeting> NotCancelledMeetings => Meetings.Where(m => m.Status != MeetingStatus.Cancelled).ToList();

    public int Held => NotCancelledMeetings.Count(m => m.Status == MeetingStatus.Held);

    public int NoShow => NotCancelledMeetings.Count(m => m.Status == MeetingStatus.NoShow);

    public int MeetingOrganizations
    {
        get
        {
            var organizations = new HashSet<int>();
            foreach (var meeting in NotCancelledMeetings)
            {
                organizations.Add(meeting.OrganizationAId);
                organizations.Add(meeting.OrganizationBId);
            }
            return organizations.Count;
        }
    }

    public Dictionary<MeetingOutcome, int> Outcomes() =>
        NotCancelledMeetings.Where(m => m.Status == MeetingStatus.Held).Select(m => m.Outcome).Distinct()
            .ToDictionary(o => o, o => NotCancelledMeetings.Count(m => m.Status == MeetingStatus.Held && m.Outcome == o));

    public List<LocalizedText> Parties(Mou mou) =>
        mou.Parties.OrderBy(p => p.SortOrder).ThenBy(p => p.Id).Select(p => Organizations[p.OrganizationId].Name).ToList();
}
