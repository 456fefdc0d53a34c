using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.Mail;

namespace TechconnectEvent.Web.Features.Connections.Requests;

/// <summary>
/// The letters of a meeting request, queued in the outbox of the write that causes them: a new request to the asked
/// organisation's contacts, the answer to the person who asked. Each is written in its reader's language (their
/// account's, else Vietnamese) and links to <c>/connections</c>.
/// </summary>
public sealed class RequestMails(Outbox outbox, PublicLinks links)
{
    public const string Requested = "MeetingRequested";
    public const string Accepted = "MeetingAccepted";
    public const string Declined = "MeetingDeclined";
    public const string PagePath = "/connections";

    /// <summary>
    /// To every account of the asked organisation; without one, to the organisation's address; without that, to the
    /// contact address of the cited offer or need it published.
    /// </summary>
    public async Task AddRequestedAsync(EventDbContext db, MeetingRequest request, CancellationToken cancellationToken)
    {
        var recipients = await AccountsOfAsync(db, request.ToOrganizationId, cancellationToken);
        if (recipients.Count == 0)
        {
            var fallback = await OrganizationAddressAsync(db, request.ToOrganizationId, cancellationToken)
                ?? await CitedContactAddressAsync(db, request, cancellationToken);
            if (fallback is not null)
            {
                recipients = [new MailRecipient(fallback, null, ProductCultures.Default)];
            }
        }
        await AddAsync(db, Requested, request, recipients, null, cancellationToken);
    }

    /// <summary>To the person who asked: their account's address, else their organisation's.</summary>
    public async Task AddAnsweredAsync(EventDbContext db, MeetingRequest request, CancellationToken cancellationToken)
    {
        MailRecipient? recipient = null;
        if (request.FromUserId is { } userId)
        {
            recipient = await db.Users.Where(u => u.Id == userId && u.Email != null)
                .Select(u => new MailRecipient(u.Email!, u.DisplayName ?? request.FromContactName, u.PreferredCulture ?? ProductCultures.Default))
                .FirstOrDefaultAsync(cancellationToken);
        }
        if (recipient is null && await OrganizationAddressAsync(db, request.FromOrganizationId, cancellationToken) is { } address)
        {
            recipient = new MailRecipient(address, request.FromContactName, ProductCultures.Default);
        }
        var template = request.Status == MeetingRequestStatus.Declined ? Declined : Accepted;
        await AddAsync(db, template, request, recipient is null ? [] : [recipient], request.DeclineReason, cancellationToken);
    }

    private async Task AddAsync(EventDbContext db, string template, MeetingRequest request, IReadOnlyList<MailRecipient> recipients,
        string? reason, CancellationToken cancellationToken)
    {
        if (recipients.Count == 0)
        {
            return;
        }
        var edition = await db.Editions.AsNoTracking().Where(e => e.Id == request.EditionId).Select(e => e.Name).FirstAsync(cancellationToken);
        var names = await db.Organizations.AsNoTracking().Where(o => o.Id == request.FromOrganizationId || o.Id == request.ToOrganizationId)
            .ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var offer = request.OfferId is { } offerId
            ? await db.TechnologyOffers.AsNoTracking().Where(o => o.Id == offerId).Select(o => o.Title).FirstOrDefaultAsync(cancellationToken)
            : null;
        var need = request.NeedId is { } needId
            ? await db.TechnologyNeeds.AsNoTracking().Where(n => n.Id == needId).Select(n => n.Title).FirstOrDefaultAsync(cancellationToken)
            : null;
        var link = links.Absolute(PagePath);
        foreach (var recipient in recipients)
        {
            var culture = CultureInfo.GetCultureInfo(ProductCultures.IsSupported(recipient.Culture) ? recipient.Culture : ProductCultures.Default);
            var values = new Dictionary<string, string>
            {
                ["Person"] = request.FromContactName,
                ["Responder"] = request.ToContactName ?? "",
                ["FromOrganization"] = names[request.FromOrganizationId].For(culture),
                ["ToOrganization"] = names[request.ToOrganizationId].For(culture),
                ["EditionName"] = edition.For(culture),
                ["Cited"] = string.Join(" · ", new[] { offer, need }.OfType<LocalizedText>().Select(t => t.For(culture))),
                ["Message"] = request.Message,
                ["Reason"] = string.IsNullOrWhiteSpace(reason) ? "—" : reason,
                ["Link"] = link,
            };
            outbox.Add(db, new MailDraft(template, recipient with { Culture = culture.Name }, values, request.EditionId));
        }
    }

    private static async Task<List<MailRecipient>> AccountsOfAsync(EventDbContext db, int organizationId, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking().Where(u => u.OrganizationId == organizationId && u.Email != null)
            .OrderBy(u => u.Email)
            .Select(u => new MailRecipient(u.Email!, u.DisplayName, u.PreferredCulture ?? ProductCultures.Default))
            .ToListAsync(cancellationToken);

    private static Task<string?> OrganizationAddressAsync(EventDbContext db, int organizationId, CancellationToken cancellationToken) =>
        db.Organizations.AsNoTracking().Where(o => o.Id == organizationId && o.Email != null && o.Email != "")
            .Select(o => o.Email).FirstOrDefaultAsync(cancellationToken);

    private static async Task<string?> CitedContactAddressAsync(EventDbContext db, MeetingRequest request, CancellationToken cancellationToken)
    {
        var offer = await db.TechnologyOffers.AsNoTracking()
            .Where(o => o.Id == request.OfferId && o.OrganizationId == request.ToOrganizationId && o.ContactEmail != null && o.ContactEmail != "")
            .Select(o => o.ContactEmail).FirstOrDefaultAsync(cancellationToken);
        return offer ?? await db.TechnologyNeeds.AsNoTracking()
            .Where(n => n.Id == request.NeedId && n.OrganizationId == request.ToOrganizationId && n.ContactEmail != null && n.ContactEmail != "")
            .Select(n => n.ContactEmail).FirstOrDefaultAsync(cancellationToken);
    }
}
