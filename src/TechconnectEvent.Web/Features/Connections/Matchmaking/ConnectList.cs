using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.Text;

namespace TechconnectEvent.Web.Features.Connections.Matchmaking;

/// <summary>
/// One published offer or need as the public sees it: never the contact's e-mail or phone — a counterpart reaches
/// the contact through a meeting request.
/// </summary>
public sealed record PublicListing(
    int Id, ListingKind Kind, LocalizedText Title, LocalizedText OrganizationName, TechnologyField Field, TechnologyOfferType? OfferType,
    string ContactName, LocalizedText Description, string SearchKey);

public sealed record ConnectList(Edition Edition, IReadOnlyList<PublicListing> Listings);

/// <summary>What the visitor asked for on /connect: a field, offers or needs, and words to find (folded, either language).</summary>
public sealed record ConnectFilter(TechnologyField? Field, ListingKind? Kind, string? Query)
{
    public const int MaxQueryLength = 100;

    public bool HasSearch => Field is not null || Kind is not null || !string.IsNullOrWhiteSpace(Query);

    /// <summary>Reads the query string leniently: an unknown field or kind is ignored rather than an error page.</summary>
    public static ConnectFilter FromQuery(string? field, string? kind, string? query) => new(
        Enum.TryParse<TechnologyField>(field, ignoreCase: true, out var f) && Enum.IsDefined(f) && !int.TryParse(field, out _) ? f : null,
        Enum.TryParse<ListingKind>(kind, ignoreCase: true, out var k) && Enum.IsDefined(k) && !int.TryParse(kind, out _) ? k : null,
        string.IsNullOrWhiteSpace(query) ? null : query.Trim()[..Math.Min(query.Trim().Length, MaxQueryLength)]);

    /// <param name="fieldName">The field's name in the reader's language: a visitor who types "nông nghiệp" means
    /// the agriculture field as much as the words in a title.</param>
    public IReadOnlyList<PublicListing> Apply(IEnumerable<PublicListing> listings, Func<TechnologyField, string>? fieldName = null)
    {
        var words = TextFolding.Words(Query);
        var fieldKeys = new Dictionary<TechnologyField, string>();
        string FieldKey(TechnologyField field)
        {
            if (!fieldKeys.TryGetValue(field, out var key))
            {
                fieldKeys[field] = key = fieldName is null ? "" : TextFolding.Fold(fieldName(field));
            }
            return key;
        }
        return [.. listings.Where(l => (Field is null || l.Field == Field) && (Kind is null || l.Kind == Kind)
            && words.All(w => l.SearchKey.Contains(w, StringComparison.Ordinal) || FieldKey(l.Field).Contains(w, StringComparison.Ordinal)))];
    }
}

/// <summary>The public list of an edition's published offers and needs (/connect).</summary>
public sealed class ConnectListService(IDbContextFactory<EventDbContext> dbFactory, EditionService editions)
{
    public async Task<ConnectList?> GetAsync(int? year, CancellationToken cancellationToken = default)
    {
        if (await editions.GetPublicAsync(year, cancellationToken) is not { } edition)
        {
            return null;
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var names = await db.Organizations.AsNoTracking().Select(o => new { o.Id, o.Name, o.NameKey }).ToDictionaryAsync(o => o.Id, cancellationToken);
        var offers = await db.TechnologyOffers.AsNoTracking().Where(o => o.EditionId == edition.Id && o.IsPublished)
            .Select(o => new { o.Id, o.OrganizationId, o.Title, o.Field, o.OfferType, o.ContactName, o.Description, o.SearchKey })
            .ToListAsync(cancellationToken);
        var needs = await db.TechnologyNeeds.AsNoTracking().Where(n => n.EditionId == edition.Id && n.IsPublished)
            .Select(n => new { n.Id, n.OrganizationId, n.Title, n.Field, n.ContactName, n.Description, n.SearchKey })
            .ToListAsync(cancellationToken);
        var listings = offers.Select(o => new PublicListing(o.Id, ListingKind.Offer, o.Title, names[o.OrganizationId].Name, o.Field, o.OfferType,
                o.ContactName, o.Description, o.SearchKey + TextFolding.KeySeparator + names[o.OrganizationId].NameKey))
            .Concat(needs.Select(n => new PublicListing(n.Id, ListingKind.Need, n.Title, names[n.OrganizationId].Name, n.Field, null,
                n.ContactName, n.Description, n.SearchKey + TextFolding.KeySeparator + names[n.OrganizationId].NameKey)))
            .OrderBy(l => l.Kind).ThenBy(l => l.Field).ThenBy(l => l.Id)
            .ToList();
        return new ConnectList(edition, listings);
    }
}
