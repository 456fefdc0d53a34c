using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Infrastructure.Export;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.Web.Features.Connections.Matchmaking;

/// <summary>
/// The offers and needs page as a file: organisers get every organisation's listings; a contact only their own
/// organisation's, decided from the sign-in claim on every request (no organisation, no file).
/// </summary>
public sealed class OffersExport : ListExport<OffersExport.Row>
{
    public sealed record Row(string Kind, LocalizedText Organization, TechnologyField Field, TechnologyOfferType? OfferType,
        LocalizedText Title, string Contact, string? Email, string? Phone, bool Published, DateTimeOffset UpdatedAt);

    public override string Route => "/connections/offers";
    public override string Policy => Policies.ConnectionContactsAndOrganisers;
    public override string Name => "offers-needs";

    public override IReadOnlyList<ExportColumn<Row>> Columns { get; } =
    [
        new("Export.Col.Listing", r => new ExportLabel("Export.Listing." + r.Kind, r.Kind)),
        new("Export.Col.Organization", r => r.Organization.Vi),
        new("Export.Col.TitleVi", r => r.Title.Vi),
        new("Export.Col.TitleEn", r => r.Title.En),
        new("Export.Col.Field", r => ExportLabel.Of("TechnologyField.", r.Field)),
        new("Export.Col.OfferType", r => r.OfferType is { } type ? ExportLabel.Of("TechnologyOfferType.", type) : null),
        new("Export.Col.Contact", r => r.Contact),
        new("Export.Col.Email", r => r.Email),
        new("Export.Col.Phone", r => r.Phone),
        new("Export.Col.Published", r => r.Published),
        new("Export.Col.UpdatedAt", r => r.UpdatedAt),
    ];

    public override async Task<IReadOnlyList<Row>?> RowsAsync(ExportRequest request, CancellationToken cancellationToken)
    {
        int? organizationId = null;
        if (!request.Actor.IsOrganiser)
        {
            if (request.Actor.OrganizationId is not { } own)
            {
                return null;
            }
            organizationId = own;
        }
        await using var db = await request.OpenAsync(cancellationToken);
        var editionId = request.Edition.Id;
        var offers = await db.TechnologyOffers.AsNoTracking()
            .Where(o => o.EditionId == editionId && (organizationId == null || o.OrganizationId == organizationId))
            .Join(db.Organizations, o => o.OrganizationId, g => g.Id, (o, g) => new { o, g.Name })
            .ToListAsync(cancellationToken);
        var needs = await db.TechnologyNeeds.AsNoTracking()
            .Where(n => n.EditionId == editionId && (organizationId == null || n.OrganizationId == organizationId))
            .Join(db.Organizations, n => n.OrganizationId, g => g.Id, (n, g) => new { n, g.Name })
            .ToListAsync(cancellationToken);
        return offers
            .Select(x => new Row("Offer", x.Name, x.o.Field, x.o.OfferType, x.o.Title, x.o.ContactName, x.o.ContactEmail, x.o.ContactPhone,
                x.o.IsPublished, x.o.UpdatedAt))
            .Concat(needs.Select(x => new Row("Need", x.Name, x.n.Field, null, x.n.Title, x.n.ContactName, x.n.ContactEmail, x.n.ContactPhone,
                x.n.IsPublished, x.n.UpdatedAt)))
            .OrderBy(r => r.Kind == "Need").ThenBy(r => r.Organization.Vi, StringComparer.CurrentCulture).ThenBy(r => r.Title.Vi, StringComparer.CurrentCulture)
            .ToList();
    }
}
