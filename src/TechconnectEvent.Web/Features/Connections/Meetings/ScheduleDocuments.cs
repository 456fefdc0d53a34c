using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Pdf;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.Web.Features.Connections.Meetings;

/// <summary>A round's place in time: its number and its start and end (UTC instants).</summary>
public sealed record ScheduleSlot(int RoundNumber, DateTimeOffset StartsAt, DateTimeOffset EndsAt);

/// <summary>Where a meeting happens: the table's number, and its link (online) or its place in the hall (onsite).</summary>
public sealed record SchedulePlace(int Id, int Number, bool IsOnline, string? MeetingLink, string? Location);

/// <summary>One of an organisation's meetings as the other side sees it: when, where, with whom, about what.</summary>
public sealed record OrganizationMeeting(ScheduleSlot? Slot, SchedulePlace? Place, string Counterpart, string CounterpartContact, string? Subject);

/// <summary>An organisation's meetings in the edition: placed ones in time order, then those still waiting for a round.</summary>
public sealed record OrganizationSchedule(string OrganizationName, IReadOnlyList<OrganizationMeeting> Scheduled, IReadOnlyList<OrganizationMeeting> Unscheduled);

public sealed record TableMeeting(ScheduleSlot Slot, string OrganizationA, string ContactA, string OrganizationB, string ContactB);

/// <summary>What a connection table's sign shows: the table and its meetings round by round.</summary>
public sealed record TableSign(SchedulePlace Place, IReadOnlyList<TableMeeting> Meetings);

/// <summary>
/// The printable connection schedules of an edition: one organisation's meetings, and the A4 signs that stand on the
/// tables. Cancelled meetings are left out everywhere. Names are the stored ones in the request's language (NFC).
/// </summary>
public sealed partial class ScheduleDocuments(IDbContextFactory<EventDbContext> dbFactory, PdfFontProvider fonts, TimeProvider time, IStringLocalizer<SharedResource> text)
{
    /// <summary>Null when the organisation does not exist; an organisation without meetings gets a schedule that says so.</summary>
    public async Task<OrganizationSchedule?> LoadOrganizationAsync(int editionId, int organizationId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var name = await db.Organizations.AsNoTracking().Where(o => o.Id == organizationId).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);
        if (name is null)
        {
            return null;
        }
        var rows = await MeetingRows.LoadAsync(db, db.Meetings.Where(m => m.EditionId == editionId && m.Status != MeetingStatus.Cancelled
            && (m.OrganizationAId == organizationId || m.OrganizationBId == organizationId)), cancellationToken);
        var (slots, places) = await SlotsAndPlacesAsync(db, editionId, cancellationToken);
        var meetings = rows.Select(r =>
        {
            var weAsked = r.Meeting.OrganizationAId == organizationId;
            return (r.Meeting.Status, Item: new OrganizationMeeting(Slot(r.Meeting, slots), Place(r.Meeting, places),
                weAsked ? r.OrganizationB : r.OrganizationA, weAsked ? r.Meeting.ContactB : r.Meeting.ContactA, r.Subject));
        }).ToList();
        return new OrganizationSchedule(name.Current,
            [.. meetings.Select(m => m.Item).Where(m => m.Slot is not null && m.Place is not null).OrderBy(m => m.Slot!.StartsAt).ThenBy(m => m.Place!.Number)],
            [.. meetings.Where(m => (m.Item.Slot is null || m.Item.Place is null) && m.Status == MeetingStatus.Planned).Select(m => m.Item)]);
    }

    /// <summary>
    /// The signs of the edition's open tables, by number. A closed table that still holds meetings keeps its sign:
    /// people are sent to it until those meetings are moved.
    /// </summary>
    public async Task<IReadOnlyList<TableSign>> LoadTablesAsync(int editionId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var signs = await SignsAsync(db, editionId, null, cancellationToken);
        return [.. signs.Where(s => !s.Closed || s.Sign.Meetings.Count > 0).Select(s => s.Sign)];
    }

    /// <summary>Null when the table is not one of the edition's.</summary>
    public async Task<TableSign?> LoadTableAsync(int editionId, int tableId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return (await SignsAsync(db, editionId, tableId, cancellationToken)).Select(s => s.Sign).SingleOrDefault();
    }

    private static async Task<List<(TableSign Sign, bool Closed)>> SignsAsync(EventDbContext db, int editionId, int? tableId, CancellationToken cancellationToken)
    {
        var tables = await db.MeetingTables.AsNoTracking().Where(t => t.EditionId == editionId && (tableId == null || t.Id == tableId))
            .OrderBy(t => t.Number).ToListAsync(cancellationToken);
        if (tables.Count == 0)
        {
            return [];
        }
        var ids = tables.Select(t => t.Id).ToList();
        var rows = await MeetingRows.LoadAsync(db, db.Meetings.Where(m => m.EditionId == editionId && m.Status != MeetingStatus.Cancelled
            && m.RoundId != null && m.TableId != null && ids.Contains(m.TableId.Value)), cancellationToken);
        var (slots, _) = await SlotsAndPlacesAsync(db, editionId, cancellationToken);
        return tables.Select(t => (new TableSign(ToPlace(t),
            [.. rows.Where(r => r.Meeting.TableId == t.Id && slots.ContainsKey(r.Meeting.RoundId!.Value))
                .Select(r => new TableMeeting(slots[r.Meeting.RoundId!.Value], r.OrganizationA, r.Meeting.ContactA, r.OrganizationB, r.Meeting.ContactB))
                .OrderBy(m => m.Slot.StartsAt)]), t.IsClosed)).ToList();
    }

    private static async Task<(Dictionary<int, ScheduleSlot> Slots, Dictionary<int, SchedulePlace> Places)> SlotsAndPlacesAsync(
        EventDbContext db, int editionId, CancellationToken cancellationToken)
    {
        var rounds = await db.MeetingRounds.AsNoTracking().Where(r => r.EditionId == editionId).ToListAsync(cancellationToken);
        var tables = await db.MeetingTables.AsNoTracking().Where(t => t.EditionId == editionId).ToListAsync(cancellationToken);
        return (rounds.ToDictionary(r => r.Id, r => new ScheduleSlot(r.Number, r.StartsAt, r.EndsAt)), tables.ToDictionary(t => t.Id, ToPlace));
    }

    private static SchedulePlace ToPlace(MeetingTable table) => new(table.Id, table.Number, table.IsOnline, table.MeetingLink, table.Location);

    private static ScheduleSlot? Slot(Meeting meeting, Dictionary<int, ScheduleSlot> slots) =>
        meeting.RoundId is { } round ? slots.GetValueOrDefault(round) : null;

    private static SchedulePlace? Place(Meeting meeting, Dictionary<int, SchedulePlace> places) =>
        meeting.TableId is { } table ? places.GetValueOrDefault(table) : null;
}
