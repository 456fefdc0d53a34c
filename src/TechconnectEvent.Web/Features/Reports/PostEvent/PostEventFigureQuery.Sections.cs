using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Connections;
using TechconnectEvent.Web.Features.Forum;
using TechconnectEvent.Web.Features.Forum.Attendance;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.Web.Features.Reports.PostEvent;

public sealed partial class PostEventFigureQuery
{
    private const string HomeCountry = "VN";

    private async Task<ExhibitionFigures> ExhibitionAsync(EventDbContext db, int editionId, CancellationToken cancellationToken)
    {
        // The floor plan's own counts; a blocked booth cannot be let, so it is not offered and not part of the rate.
        var counts = await zoneCounts.ForEditionAsync(editionId, cancellationToken);
        var zoneIds = await db.Zones.AsNoTracking().Where(z => z.EditionId == editionId && !z.IsArchived)
            .Select(z => new { z.Id, z.Code }).ToListAsync(cancellationToken);
        var zones = counts.Where(z => z.Booths - z.Blocked > 0)
            .Select(z => new ZoneOccupancy(zoneIds.First(i => i.Code == z.Code).Id, z.Code, z.Name, z.Colour, z.Booths - z.Blocked, z.Allocated))
            .ToList();

        var exhibitors = await db.Organizations.AsNoTracking()
            .Where(o => db.BoothAllocations.Any(a => a.EditionId == editionId && a.OrganizationId == o.Id
                && db.Booths.Any(b => b.Id == a.BoothId && b.Status == BoothStatus.Allocated)))
            .Select(o => new { o.Id, o.Type, o.Country, o.Province })
            .ToListAsync(cancellationToken);
        var byType = Enum.GetValues<OrganizationType>().Where(t => t != OrganizationType.None)
            .Select(t => new TypeCount(t, exhibitors.Count(o => o.Type.HasFlag(t))))
            .Where(t => t.Count > 0)
            .OrderByDescending(t => t.Count).ThenBy(t => t.Type)
            .ToList();
        var byProvince = exhibitors
            .Select(o => o.Country != HomeCountry
                ? (Province: (string?)o.Country, IsForeign: true)
                : (Province: string.IsNullOrWhiteSpace(o.Province) ? null : o.Province.Trim(), IsForeign: false))
            .GroupBy(p => p)
            .Select(g => new ProvinceCount(g.Key.Province, g.Key.IsForeign, g.Count()))
            .OrderByDescending(p => p.Count).ThenBy(p => p.IsForeign).ThenBy(p => p.Province, StringComparer.Ordinal)
            .ToList();

        var exhibitorIds = exhibitors.Select(o => o.Id).ToList();
        var technologies = await db.Technologies.AsNoTracking()
            .Where(t => exhibitorIds.Contains(t.OrganizationId) && (t.EditionId == editionId || t.EditionId == null))
            .GroupBy(t => t.Field)
            .Select(g => new { Field = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var byField = technologies.Select(t => new FieldCount(t.Field, t.Count))
            .OrderByDescending(t => t.Count).ThenBy(t => t.Field).ToList();

        return new ExhibitionFigures(zones.Sum(z => z.Booths), zones.Sum(z => z.AllocatedBooths), zones, exhibitors.Count, byType,
            byProvince, byField.Sum(f => f.Count), byField);
    }

    private async Task<ForumFigures> ForumAsync(EventDbContext db, int editionId, CancellationToken cancellationToken)
    {
        var held = db.ForumSessions.AsNoTracking().Where(s => s.EditionId == editionId && s.Status == SessionStatus.Published);
        var sessions = await (
                from s in held
                join t in db.Topics on s.TopicId equals t.Id into topics
                from t in topics.DefaultIfEmpty()
                join r in db.Rooms on s.RoomId equals r.Id into rooms
                from r in rooms.DefaultIfEmpty()
                orderby s.StartsAt, s.Id
                select new
                {
                    s.Id, s.Title, s.TopicId, Topic = t == null ? null : t.Name, TopicColour = t == null ? null : t.Colour,
                    TopicOrder = t == null ? int.MaxValue : t.SortOrder, s.StartsAt, s.EndsAt, Room = r == null ? null : r.Name,
                    Capacity = s.Capacity ?? (r == null ? (int?)null : r.Capacity),
                })
            .ToListAsync(cancellationToken);
        var chairs = (await (
                    from c in db.SessionChairs
                    join s in held on c.SessionId equals s.Id
                    join u in db.Users on c.UserId equals u.Id
                    select new { c.SessionId, Name = u.DisplayName ?? u.Email ?? u.UserName })
                .ToListAsync(cancellationToken))
            .ToLookup(c => c.SessionId, c => c.Name ?? "");
        var counts = await audience.CountAsync(editionId, sessions.Select(s => s.Id).ToList(), cancellationToken);

        var rows = sessions.Select(s =>
        {
            var count = counts.GetValueOrDefault(s.Id) ?? SessionAudienceCount.None;
            return new SessionAttendance(s.Id, s.Title, s.Topic, s.StartsAt, s.EndsAt, s.Room, s.Capacity, count.Expected, count.Attended,
                chairs[s.Id].Order(StringComparer.InvariantCulture).ToList());
        }).ToList();
        var byTopic = sessions.GroupBy(s => s.TopicId)
            .Select(g => new
            {
                Order = g.First().TopicOrder,
                Figure = new TopicAttendance(g.Key, g.First().Topic, g.First().TopicColour ?? "#455A64", g.Count(),
                    g.Sum(s => counts.GetValueOrDefault(s.Id)?.Attended ?? 0)),
            })
            .OrderBy(t => t.Order).ThenBy(t => t.Figure.TopicId)
            .Select(t => t.Figure)
            .ToList();
        return new ForumFigures(rows.Count, rows.Sum(s => s.Attended), byTopic, rows);
    }

    private static async Task<ConnectionFigures> ConnectionsAsync(EventDbContext db, int editionId, CancellationToken cancellationToken)
    {
        var meetings = db.Meetings.AsNoTracking().Where(m => m.EditionId == editionId && m.Status != MeetingStatus.Cancelled);
        var byStatus = await meetings.GroupBy(m => m.Status).Select(g => new { Status = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var outcomes = await meetings.Where(m => m.Status == MeetingStatus.Held)
            .GroupBy(m => m.Outcome).Select(g => new { Outcome = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var organizations = await meetings.Select(m => m.OrganizationAId)
            .Union(meetings.Select(m => m.OrganizationBId))
            .CountAsync(cancellationToken);

        var mous = await db.Mous.AsNoTracking()
            .Where(m => m.EditionId == editionId && (m.Status == MouStatus.Signed || m.Status == MouStatus.Exchanged))
            .Select(m => new { m.Id, m.StageOrder, m.Title, m.Field, m.SignedAt, m.ValueVnd })
            .ToListAsync(cancellationToken);
        var mouIds = mous.Select(m => m.Id).ToList();
        var parties = (await (
                    from p in db.Set<MouParty>()
                    where mouIds.Contains(p.MouId)
                    join o in db.Organizations on p.OrganizationId equals o.Id
                    orderby p.SortOrder, p.Id
                    select new { p.MouId, o.Name })
                .ToListAsync(cancellationToken))
            .ToLookup(p => p.MouId, p => p.Name);
        var signed = mous
            .OrderBy(m => m.StageOrder ?? int.MaxValue).ThenBy(m => m.SignedAt ?? DateTimeOffset.MaxValue).ThenBy(m => m.Id)
            .Select(m => new SignedMou(m.Id, m.StageOrder, m.Title, m.Field, m.SignedAt, m.ValueVnd, parties[m.Id].ToList<LocalizedText>()))
            .ToList();

        int Count(MeetingStatus status) => byStatus.Where(s => s.Status == status).Sum(s => s.Count);
        return new ConnectionFigures(byStatus.Sum(s => s.Count), Count(MeetingStatus.Held), Count(MeetingStatus.NoShow), organizations,
            outcomes.Select(o => new OutcomeCount(o.Outcome, o.Count)).OrderByDescending(o => o.Count).ThenBy(o => o.Outcome).ToList(),
            signed.Count, signed);
    }
}
