using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.Web.Features.Connections.Meetings;

/// <summary>Meetings with their organisations' names, the cited offer's or need's title, and their round and table numbers.</summary>
internal static class MeetingRows
{
    public static async Task<IReadOnlyList<MeetingRow>> LoadAsync(EventDbContext db, IQueryable<Meeting> query, CancellationToken cancellationToken)
    {
        var meetings = await query.AsNoTracking().ToListAsync(cancellationToken);
        var organizationIds = meetings.SelectMany(m => new[] { m.OrganizationAId, m.OrganizationBId }).Distinct().ToList();
        var names = await db.Organizations.AsNoTracking().Where(o => organizationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name.Current, cancellationToken);
        var offerIds = meetings.Where(m => m.OfferId != null).Select(m => m.OfferId!.Value).Distinct().ToList();
        var needIds = meetings.Where(m => m.NeedId != null).Select(m => m.NeedId!.Value).Distinct().ToList();
        var offers = await db.TechnologyOffers.AsNoTracking().Where(o => offerIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Title.Current, cancellationToken);
        var needs = await db.TechnologyNeeds.AsNoTracking().Where(n => needIds.Contains(n.Id)).ToDictionaryAsync(n => n.Id, n => n.Title.Current, cancellationToken);
        var editionIds = meetings.Select(m => m.EditionId).Distinct().ToList();
        var rounds = await db.MeetingRounds.AsNoTracking().Where(r => editionIds.Contains(r.EditionId)).ToDictionaryAsync(r => r.Id, cancellationToken);
        var tables = await db.MeetingTables.AsNoTracking().Where(t => editionIds.Contains(t.EditionId)).ToDictionaryAsync(t => t.Id, t => t.Number, cancellationToken);
        return meetings
            .Select(m => new MeetingRow(m, names.GetValueOrDefault(m.OrganizationAId) ?? "", names.GetValueOrDefault(m.OrganizationBId) ?? "",
                m.OfferId is { } offer ? offers.GetValueOrDefault(offer) : m.NeedId is { } need ? needs.GetValueOrDefault(need) : null,
                m.RoundId is { } round && rounds.TryGetValue(round, out var r) ? r.Number : null,
                m.TableId is { } table && tables.TryGetValue(table, out var t) ? t : null))
            .OrderBy(r => r.RoundNumber ?? int.MaxValue).ThenBy(r => r.TableNumber ?? int.MaxValue).ThenBy(r => r.Meeting.Id)
            .ToList();
    }
}
