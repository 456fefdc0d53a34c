using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Connections.Requests;

public sealed partial class MeetingRequestService
{
    /// <summary>A contact's own organisation: requests to it, requests it sent, and its meetings — nothing else.</summary>
    public async Task<OperationResult<ContactOverview>> GetOverviewAsync(int editionId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (RequestAccess.ContactOrganization(actor) is not { } own)
        {
            return OperationResult<ContactOverview>.Fail(actor.IsOrganiser ? CommonErrors.Forbidden : RequestErrors.NoOrganization);
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == own).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);
        if (organization is null)
        {
            return OperationResult<ContactOverview>.Fail(RequestErrors.NoOrganization);
        }
        var requests = await RequestRowsAsync(db, db.MeetingRequests.Where(r => r.EditionId == editionId && (r.FromOrganizationId == own || r.ToOrganizationId == own)), cancellationToken);
        var meetings = await MeetingRowsAsync(db, db.Meetings.Where(m => m.EditionId == editionId && (m.OrganizationAId == own || m.OrganizationBId == own)), cancellationToken);
        return OperationResult<ContactOverview>.Ok(new ContactOverview(
            own, organization, await TimeZoneOfAsync(db, editionId, cancellationToken),
            [.. requests.Where(r => r.ToOrganizationId == own && !r.CreatedByOrganiser)],
            [.. requests.Where(r => r.FromOrganizationId == own && !r.CreatedByOrganiser)],
            meetings));
    }

    /// <summary>Every request and meeting of the edition, for organisers.</summary>
    public async Task<OperationResult<RequestRegister>> GetRegisterAsync(int editionId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsOrganiser)
        {
            return OperationResult<RequestRegister>.Fail(CommonErrors.Forbidden);
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return OperationResult<RequestRegister>.Ok(new RequestRegister(
            await TimeZoneOfAsync(db, editionId, cancellationToken),
            await RequestRowsAsync(db, db.MeetingRequests.Where(r => r.EditionId == editionId), cancellationToken),
            await MeetingRowsAsync(db, db.Meetings.Where(m => m.EditionId == editionId), cancellationToken)));
    }

    /// <summary>
    /// What the request form may offer: the organisations of the edition's published offers and needs (every
    /// organisation, for organisers), and the offers and needs that may be cited — those of the organisations named,
    /// of the owners of <paramref name="offerId"/> and <paramref name="needId"/>, and the asker's own.
    /// </summary>
    public async Task<OperationResult<RequestFormOptions>> GetFormOptionsAsync(int editionId, IReadOnlyCollection<int> organizationIds,
        int? offerId = null, int? needId = null, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        var own = RequestAccess.ContactOrganization(actor);
        if (own is null && !actor.IsOrganiser)
        {
            return OperationResult<RequestFormOptions>.Fail(RequestErrors.NoOrganization);
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var citedOwners = new List<int>();
        if (offerId is { } o1 && await db.TechnologyOffers.AsNoTracking().Where(x => x.Id == o1 && x.EditionId == editionId)
                .Select(x => (int?)x.OrganizationId).FirstOrDefaultAsync(cancellationToken) is { } offerOwner)
        {
            citedOwners.Add(offerOwner);
        }
        if (needId is { } n1 && await db.TechnologyNeeds.AsNoTracking().Where(x => x.Id == n1 && x.EditionId == editionId)
                .Select(x => (int?)x.OrganizationId).FirstOrDefaultAsync(cancellationToken) is { } needOwner)
        {
            citedOwners.Add(needOwner);
        }
        var owners = organizationIds.Concat(citedOwners).Concat(own is { } o ? [o] : []).Distinct().ToList();
        var publishedOnly = !actor.IsOrganiser;
        var offers = await db.TechnologyOffers.AsNoTracking()
            .Where(x => x.EditionId == editionId && owners.Contains(x.OrganizationId) && (x.IsPublished || !publishedOnly))
            .OrderBy(x => x.OrganizationId).ThenBy(x => x.Id)
            .Select(x => new CitedItem(x.Id, x.OrganizationId, x.Title)).ToListAsync(cancellationToken);
        var needs = await db.TechnologyNeeds.AsNoTracking()
            .Where(x => x.EditionId == editionId && owners.Contains(x.OrganizationId) && (x.IsPublished || !publishedOnly))
            .OrderBy(x => x.OrganizationId).ThenBy(x => x.Id)
            .Select(x => new CitedItem(x.Id, x.OrganizationId, x.Title)).ToListAsync(cancellationToken);
        var organizations = actor.IsOrganiser
            ? db.Organizations.AsNoTracking()
            : db.Organizations.AsNoTracking().Where(org => org.Id != own
                && (db.TechnologyOffers.Any(x => x.EditionId == editionId && x.IsPublished && x.OrganizationId == org.Id)
                    || db.TechnologyNeeds.Any(x => x.EditionId == editionId && x.IsPublished && x.OrganizationId == org.Id)));
        var choices = (await organizations.Select(org => new OrganizationChoice(org.Id, org.Name)).ToListAsync(cancellationToken))
            .OrderBy(c => c.Name.Current, StringComparer.CurrentCulture).ToList();
        var counterpart = organizationIds.FirstOrDefault(id => id != own) is var chosen and not 0 ? chosen
            : citedOwners.FirstOrDefault(id => id != own) is var owner and not 0 ? owner : (int?)null;
        return OperationResult<RequestFormOptions>.Ok(new RequestFormOptions(own, counterpart, choices, offers, needs, RequestAccess.DisplayName(actor)));
    }

    private static async Task<string> TimeZoneOfAsync(EventDbContext db, int editionId, CancellationToken cancellationToken) =>
        await db.Editions.AsNoTracking().Where(e => e.Id == editionId).Select(e => e.TimeZoneId).FirstOrDefaultAsync(cancellationToken)
        ?? Editions.Edition.DefaultTimeZoneId;

    private static async Task<IReadOnlyList<RequestRow>> RequestRowsAsync(EventDbContext db, IQueryable<MeetingRequest> query, CancellationToken cancellationToken)
    {
        var requests = await query.AsNoTracking().OrderByDescending(r => r.Id).ToListAsync(cancellationToken);
        var names = await NamesAsync(db, requests.SelectMany(r => new[] { r.FromOrganizationId, r.ToOrganizationId }), cancellationToken);
        var (offers, needs) = await CitedItemsAsync(db, requests.Select(r => r.OfferId), requests.Select(r => r.NeedId), cancellationToken);
        return [.. requests.Select(r => new RequestRow(
            r.Id, r.Version, r.FromOrganizationId, names[r.FromOrganizationId], r.ToOrganizationId, names[r.ToOrganizationId],
            r.OfferId is { } o ? offers.GetValueOrDefault(o) : null, r.NeedId is { } n ? needs.GetValueOrDefault(n) : null,
            r.Message, r.FromContactName, r.ToContactName, r.Status, r.DeclineReason, r.CreatedByOrganiser, r.CreatedAt, r.RespondedAt, r.MeetingId))];
    }

    private static async Task<IReadOnlyList<MeetingRow>> MeetingRowsAsync(EventDbContext db, IQueryable<Meeting> query, CancellationToken cancellationToken)
    {
        var meetings = await query.AsNoTracking().ToListAsync(cancellationToken);
        var names = await NamesAsync(db, meetings.SelectMany(m => new[] { m.OrganizationAId, m.OrganizationBId }), cancellationToken);
        var (offers, needs) = await CitedItemsAsync(db, meetings.Select(m => m.OfferId), meetings.Select(m => m.NeedId), cancellationToken);
        var roundIds = meetings.Where(m => m.RoundId is not null).Select(m => m.RoundId!.Value).Distinct().ToList();
        var tableIds = meetings.Where(m => m.TableId is not null).Select(m => m.TableId!.Value).Distinct().ToList();
        var rounds = await db.MeetingRounds.AsNoTracking().Where(r => roundIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        var tables = await db.MeetingTables.AsNoTracking().Where(t => tableIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        return [.. meetings
            .Select(m => new MeetingRow(
                m.Id, m.Version, m.OrganizationAId, names[m.OrganizationAId], m.ContactA, m.OrganizationBId, names[m.OrganizationBId], m.ContactB,
                m.OfferId is { } o ? offers.GetValueOrDefault(o) : null, m.NeedId is { } n ? needs.GetValueOrDefault(n) : null,
                m.IsMutual, m.Status, m.CreatedByOrganiser,
                m.RoundId is { } r && m.TableId is { } t && rounds.TryGetValue(r, out var round) && tables.TryGetValue(t, out var table)
                    ? new ScheduledSlot(round.Number, round.StartsAt, round.Minutes, table.Number, table.IsOnline, table.MeetingLink, table.Location)
                    : null))
            // Scheduled meetings in time order, then the ones still waiting for a slot.
            .OrderBy(m => m.Slot is null).ThenBy(m => m.Slot?.RoundNumber).ThenBy(m => m.Slot?.TableNumber).ThenBy(m => m.Id)];
    }

    private static async Task<Dictionary<int, LocalizedText>> NamesAsync(EventDbContext db, IEnumerable<int> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return await db.Organizations.AsNoTracking().Where(o => wanted.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
    }

    private static async Task<(Dictionary<int, CitedItem> Offers, Dictionary<int, CitedItem> Needs)> CitedItemsAsync(
        EventDbContext db, IEnumerable<int?> offerIds, IEnumerable<int?> needIds, CancellationToken cancellationToken)
    {
        var offerList = offerIds.OfType<int>().Distinct().ToList();
        var needList = needIds.OfType<int>().Distinct().ToList();
        var offers = await db.TechnologyOffers.AsNoTracking().Where(x => offerList.Contains(x.Id))
            .Select(x => new CitedItem(x.Id, x.OrganizationId, x.Title)).ToDictionaryAsync(x => x.Id, cancellationToken);
        var needs = await db.TechnologyNeeds.AsNoTracking().Where(x => needList.Contains(x.Id))
            .Select(x => new CitedItem(x.Id, x.OrganizationId, x.Title)).ToDictionaryAsync(x => x.Id, cancellationToken);
        return (offers, needs);
    }
}
