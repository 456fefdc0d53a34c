using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.Mail;
using TechconnectEvent.Web.Infrastructure.Operations;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.Web.Features.Connections.Meetings;

/// <summary>What sending (or about to send) the schedules means: how many organisations get a letter, who cannot.</summary>
public sealed record ScheduleMailing(int Organizations, IReadOnlyList<string> WithoutAddress, DateTimeOffset? LastSentAt);

/// <summary>
/// Each organisation with scheduled meetings receives its own schedule by e-mail: its meetings in time order, in each
/// reader's language. Sending again writes to everyone again, so a changed schedule reaches all sides.
/// </summary>
public sealed class ScheduleMails(MeetingWrites writes, Outbox outbox, PublicLinks links, IStringLocalizer<SharedResource> text, TimeProvider time)
{
    public const string Template = "MeetingSchedule";
    public const string NothingScheduled = "Meetings.Mails.NothingScheduled";

    public static string PdfPath(int organizationId) => $"/connections/schedule/organizations/{organizationId}.pdf";

    /// <summary>What a send would do now (for the confirmation), and when the schedules last went out.</summary>
    public async Task<ScheduleMailing> PreviewAsync(int editionId, CancellationToken cancellationToken = default)
    {
        if (!(await writes.ActorAsync()).IsOrganiser)
        {
            return new ScheduleMailing(0, [], null);
        }
        await using var db = await writes.Database.CreateDbContextAsync(cancellationToken);
        var letters = await PlanAsync(db, editionId, cancellationToken);
        // The newest instant is taken in memory: SQLite cannot aggregate DateTimeOffset columns.
        var last = await db.Meetings.Where(m => m.EditionId == editionId && m.ScheduleSentAt != null)
            .Select(m => m.ScheduleSentAt).ToListAsync(cancellationToken);
        return Summary(letters, last.Max());
    }

    public Task<OperationResult<ScheduleMailing>> SendAsync(int editionId, CancellationToken cancellationToken = default) =>
        writes.WriteAsync<ScheduleMailing>(false, async (db, actor) =>
        {
            if (await WorkingEditionCheck.RefuseOtherEditionAsync(db, actor, editionId, cancellationToken) is { } other)
            {
                return MeetingWrites.Refuse<ScheduleMailing>(other);
            }
            var letters = await PlanAsync(db, editionId, cancellationToken);
            if (letters.Count == 0)
            {
                return MeetingWrites.Refuse<ScheduleMailing>(OperationError.Of(NothingScheduled));
            }
            var edition = await db.Editions.AsNoTracking().FirstAsync(e => e.Id == editionId, cancellationToken);
            var now = time.GetUtcNow();
            var sent = new HashSet<int>();
            foreach (var letter in letters.Where(l => l.Recipients.Count > 0))
            {
                foreach (var recipient in letter.Recipients)
                {
                    outbox.Add(db, Draft(letter, recipient, edition));
                }
                sent.UnionWith(letter.Meetings.Select(m => m.Meeting.Id));
            }
            var meetings = await db.Meetings.Where(m => sent.Contains(m.Id)).ToListAsync(cancellationToken);
            foreach (var meeting in meetings)
            {
                meeting.ScheduleSentAt = now;
                meeting.Touch();
            }
            var summary = Summary(letters, sent.Count > 0 ? now : null);
            writes.Audit.Add(db, actor, "connections.schedules.sent", "MeetingSchedule", editionId, editionId,
                after: new { summary.Organizations, Meetings = sent.Count, summary.WithoutAddress });
            return MeetingWrites.Done(editionId, summary);
        }, cancellationToken);

    private static ScheduleMailing Summary(IReadOnlyList<Letter> letters, DateTimeOffset? lastSentAt) =>
        new(letters.Count(l => l.Recipients.Count > 0),
            letters.Where(l => l.Recipients.Count == 0).Select(l => l.Organization.Current).ToList(),
            lastSentAt);

    private MailDraft Draft(Letter letter, MailRecipient recipient, Edition edition)
    {
        var culture = CultureInfo.GetCultureInfo(ProductCultures.IsSupported(recipient.Culture) ? recipient.Culture : ProductCultures.Default);
        var values = new Dictionary<string, string>
        {
            ["Person"] = recipient.Name ?? letter.Organization.For(culture),
            ["Organization"] = letter.Organization.For(culture),
            ["EditionName"] = edition.Name.For(culture),
            ["Count"] = letter.Meetings.Count.ToString(culture),
            ["Meetings"] = Lines(letter, edition.TimeZoneId, culture),
            ["Link"] = links.Absolute(PdfPath(letter.OrganizationId)),
        };
        return new MailDraft(Template, recipient with { Culture = culture.Name }, values, edition.Id);
    }

    /// <summary>One line per meeting; worded through the resources in the reader's language, whatever the sender's.</summary>
    private string Lines(Letter letter, string timeZoneId, CultureInfo culture)
    {
        var (previous, previousFormat) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = culture;
        try
        {
            return string.Join("\n", letter.Meetings.Select(m =>
            {
                var start = EditionClock.ToLocal(m.Round.StartsAt, timeZoneId);
                var end = EditionClock.ToLocal(m.Round.EndsAt, timeZoneId);
                var parts = new List<string>
                {
                    text["Meetings.Mails.When", m.Round.Number, start.ToString("d", culture), start.ToString("t", culture), end.ToString("t", culture)],
                    m.Table.IsOnline
                        ? text["Meetings.Mails.OnlineTable", m.Table.Number, m.Table.MeetingLink ?? ""]
                        : text["Meetings.Mails.Table", m.Table.Number] + (string.IsNullOrWhiteSpace(m.Table.Location) ? "" : $" ({m.Table.Location})"),
                    text["Meetings.Mails.With", m.Counterpart.For(culture), m.Contact],
                };
                if (m.Cited.Count > 0)
                {
                    parts.Add(text["Meetings.Mails.About", string.Join(" · ", m.Cited.Select(c => c.For(culture)))]);
                }
                return "• " + string.Join(" · ", parts);
            }));
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (previous, previousFormat);
        }
    }

    private sealed record Slot(Meeting Meeting, MeetingRound Round, MeetingTable Table, LocalizedText Counterpart, string Contact, IReadOnlyList<LocalizedText> Cited);

    private sealed record Letter(int OrganizationId, LocalizedText Organization, IReadOnlyList<Slot> Meetings, IReadOnlyList<MailRecipient> Recipients);

    /// <summary>Every organisation with a planned meeting at a table in a round, its meetings, and who reads its letter.</summary>
    private static async Task<IReadOnlyList<Letter>> PlanAsync(EventDbContext db, int editionId, CancellationToken cancellationToken)
    {
        var meetings = await db.Meetings.AsNoTracking()
            .Where(m => m.EditionId == editionId && m.Status == MeetingStatus.Planned && m.RoundId != null && m.TableId != null)
            .ToListAsync(cancellationToken);
        if (meetings.Count == 0)
        {
            return [];
        }
        var rounds = await db.MeetingRounds.AsNoTracking().Where(r => r.EditionId == editionId).ToDictionaryAsync(r => r.Id, cancellationToken);
        var tables = await db.MeetingTables.AsNoTracking().Where(t => t.EditionId == editionId).ToDictionaryAsync(t => t.Id, cancellationToken);
        var organizationIds = meetings.Select(m => m.OrganizationAId).Concat(meetings.Select(m => m.OrganizationBId)).Distinct().ToList();
        var organizations = await db.Organizations.AsNoTracking().Where(o => organizationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
        var offerIds = meetings.Where(m => m.OfferId != null).Select(m => m.OfferId!.Value).Distinct().ToList();
        var needIds = meetings.Where(m => m.NeedId != null).Select(m => m.NeedId!.Value).Distinct().ToList();
        var offers = await db.TechnologyOffers.AsNoTracking().Where(o => offerIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Title, cancellationToken);
        var needs = await db.TechnologyNeeds.AsNoTracking().Where(n => needIds.Contains(n.Id)).ToDictionaryAsync(n => n.Id, n => n.Title, cancellationToken);
        var accounts = await AccountsAsync(db, organizationIds, cancellationToken);

        var letters = new List<Letter>();
        foreach (var organizationId in organizationIds)
        {
            var organization = organizations[organizationId];
            var own = meetings.Where(m => m.OrganizationAId == organizationId || m.OrganizationBId == organizationId)
                .Select(m =>
                {
                    var asked = m.OrganizationAId == organizationId;
                    var cited = new[] { m.OfferId is { } o ? offers.GetValueOrDefault(o) : null, m.NeedId is { } n ? needs.GetValueOrDefault(n) : null };
                    return new Slot(m, rounds[m.RoundId!.Value], tables[m.TableId!.Value],
                        organizations[asked ? m.OrganizationBId : m.OrganizationAId].Name, asked ? m.ContactB : m.ContactA, cited.OfType<LocalizedText>().ToList());
                })
                .OrderBy(s => s.Round.StartsAt).ThenBy(s => s.Table.Number)
                .ToList();
            var named = own.Select(s => s.Meeting.OrganizationAId == organizationId ? s.Meeting.UserAId : s.Meeting.UserBId).OfType<string>().ToHashSet();
            var members = accounts.Where(a => a.OrganizationId == organizationId).ToList();
            var chosen = members.Where(a => named.Contains(a.Id)).ToList() is { Count: > 0 } meeters ? meeters : members.Where(a => a.IsContact).ToList();
            IReadOnlyList<MailRecipient> recipients = chosen.Count > 0
                ? chosen.Select(a => new MailRecipient(a.Email, a.Name, a.Culture ?? ProductCultures.Default)).ToList()
                : string.IsNullOrWhiteSpace(organization.Email) ? [] : [new MailRecipient(organization.Email, null, ProductCultures.Default)];
            letters.Add(new Letter(organizationId, organization.Name, own, recipients));
        }
        return letters.OrderBy(l => l.Organization.Current, StringComparer.CurrentCulture).ToList();
    }

    private sealed record Account(string Id, int OrganizationId, string Email, string? Name, string? Culture, bool IsContact);

    private static async Task<List<Account>> AccountsAsync(EventDbContext db, List<int> organizationIds, CancellationToken cancellationToken)
    {
        var contactRoles = await db.Roles.Where(r => r.Name == Roles.Exhibitor || r.Name == Roles.Delegate).Select(r => r.Id).ToListAsync(cancellationToken);
        return await db.Users.AsNoTracking()
            .Where(u => u.OrganizationId != null && organizationIds.Contains(u.OrganizationId.Value) && u.Email != null && u.Email != "")
            .OrderBy(u => u.Email)
            .Select(u => new Account(u.Id, u.OrganizationId!.Value, u.Email!, u.DisplayName, u.PreferredCulture,
                db.UserRoles.Any(r => r.UserId == u.Id && contactRoles.Contains(r.RoleId))))
            .ToListAsync(cancellationToken);
    }
}
