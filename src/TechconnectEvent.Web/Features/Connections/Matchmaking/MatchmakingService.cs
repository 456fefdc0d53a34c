using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Connections.Matchmaking;

/// <summary>
/// Offers and needs of one edition — the working edition for organisers, the current one for an organisation's
/// contacts — with their suggestions. Contacts read and change only their own organisation's; organisers any.
/// </summary>
public sealed partial class MatchmakingService(
    IDbContextFactory<EventDbContext> dbFactory, ICurrentActor currentActor, EditionService editions, AuditTrail audit,
    TimeProvider time, ChangeNotifier<ConnectionChange> changes)
{
    public const string NoOrganization = "Match.NoOrganization";
    public const string NoEdition = "Match.NoEdition";

    /// <param name="organizationId">Organisers: the organisation to show, or null for all. Contacts: their own or null.</param>
    public async Task<OperationResult<MatchmakingBoard>> GetBoardAsync(int? organizationId, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!actor.IsOrganiser)
        {
            if (!ListingAccess.IsContact(actor))
            {
                return OperationResult<MatchmakingBoard>.Fail(NoOrganization);
            }
            if (organizationId is not null && organizationId != actor.OrganizationId)
            {
                return OperationResult<MatchmakingBoard>.Fail(CommonErrors.Forbidden);
            }
            organizationId = actor.OrganizationId;
        }
        if (await EditionForAsync(actor, cancellationToken) is not { } edition)
        {
            return OperationResult<MatchmakingBoard>.Fail(NoEdition);
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var offers = await db.TechnologyOffers.AsNoTracking().Where(o => o.EditionId == edition.Id).OrderBy(o => o.Id).ToListAsync(cancellationToken);
        var needs = await db.TechnologyNeeds.AsNoTracking().Where(n => n.EditionId == edition.Id).OrderBy(n => n.Id).ToListAsync(cancellationToken);
        var organizations = await db.Organizations.AsNoTracking()
            .Select(o => new OrganizationChoice(o.Id, o.Name)).ToListAsync(cancellationToken);
        var names = organizations.ToDictionary(o => o.Id, o => o.Name);
        LocalizedText NameOf(int id) => names.TryGetValue(id, out var name) ? name : new LocalizedText("", "");

        var index = SuggestionIndex.Build(offers.Select(ToMatch), needs.Select(ToMatch));
        var offerById = offers.ToDictionary(o => o.Id);
        var needById = needs.ToDictionary(n => n.Id);
        SuggestionView NeedSuggestion(Suggestion s)
        {
            var n = needById[s.Id];
            return new(n.Id, ListingKind.Need, n.Title, NameOf(n.OrganizationId), n.Field, s.SameField, s.CommonWords);
        }
        SuggestionView OfferSuggestion(Suggestion s)
        {
            var o = offerById[s.Id];
            return new(o.Id, ListingKind.Offer, o.Title, NameOf(o.OrganizationId), o.Field, s.SameField, s.CommonWords);
        }
        var offerViews = offers.Where(o => organizationId is null || o.OrganizationId == organizationId).Select(o => new ListingView(
            o.Id, ListingKind.Offer, o.OrganizationId, NameOf(o.OrganizationId), o.Field, o.OfferType, o.Title, o.Description,
            o.ContactName, o.ContactEmail, o.ContactPhone, o.IsPublished, o.Version,
            [.. index.NeedsFor(o.Id).Select(NeedSuggestion)])).ToList();
        var needViews = needs.Where(n => organizationId is null || n.OrganizationId == organizationId).Select(n => new ListingView(
            n.Id, ListingKind.Need, n.OrganizationId, NameOf(n.OrganizationId), n.Field, null, n.Title, n.Description,
            n.ContactName, n.ContactEmail, n.ContactPhone, n.IsPublished, n.Version,
            [.. index.OffersFor(n.Id).Select(OfferSuggestion)])).ToList();

        IReadOnlyList<ExhibitedTechnology> technologies = [];
        if (organizationId is { } organization)
        {
            var offered = offers.Where(o => o.TechnologyId is not null).Select(o => o.TechnologyId!.Value).ToHashSet();
            technologies = (await db.Technologies.AsNoTracking()
                    .Where(t => t.OrganizationId == organization && (t.EditionId == null || t.EditionId == edition.Id))
                    .OrderBy(t => t.Id).ToListAsync(cancellationToken))
                .Select(t => new ExhibitedTechnology(t.Id, t.Title, t.Field, t.OfferType, offered.Contains(t.Id))).ToList();
        }
        IReadOnlyList<OrganizationChoice> choices = actor.IsOrganiser
            ? [.. organizations.OrderBy(o => o.Name.Current, StringComparer.CurrentCulture).ThenBy(o => o.Id)]
            : [.. organizations.Where(o => o.Id == organizationId)];
        return OperationResult<MatchmakingBoard>.Ok(new MatchmakingBoard(
            edition.Id, edition.Name, actor.IsOrganiser, organizationId, choices, offerViews, needViews, technologies));
    }

    internal static MatchItem ToMatch(TechnologyOffer o) => new(o.Id, o.OrganizationId, o.Field, o.Title, o.Description, o.IsPublished);

    internal static MatchItem ToMatch(TechnologyNeed n) => new(n.Id, n.OrganizationId, n.Field, n.Title, n.Description, n.IsPublished);

    /// <summary>Organisers work in the edition chosen in the app bar; an organisation's contacts in the current one.</summary>
    private async Task<Edition?> EditionForAsync(Actor actor, CancellationToken cancellationToken) =>
        actor.IsOrganiser ? await editions.GetWorkingAsync(cancellationToken) : await editions.GetCurrentAsync(cancellationToken);

    private void Publish(int editionId) => changes.Publish(new ConnectionChange(editionId, ConnectionArea.OffersAndNeeds));
}
