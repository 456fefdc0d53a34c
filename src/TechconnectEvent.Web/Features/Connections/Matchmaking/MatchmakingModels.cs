using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.Web.Features.Connections.Matchmaking;

public enum ListingKind
{
    Offer = 0,
    Need = 1,
}

public sealed record OrganizationChoice(int Id, LocalizedText Name);

/// <summary>A counterpart suggested for one offer or need, with the reasons the page shows.</summary>
public sealed record SuggestionView(int Id, ListingKind Kind, LocalizedText Title, LocalizedText OrganizationName, TechnologyField Field, bool SameField, IReadOnlyList<string> CommonWords);

/// <summary>An offer or a need on the contact's page, with its suggestions.</summary>
public sealed record ListingView(
    int Id, ListingKind Kind, int OrganizationId, LocalizedText OrganizationName, TechnologyField Field, TechnologyOfferType? OfferType,
    LocalizedText Title, LocalizedText Description, string ContactName, string? ContactEmail, string? ContactPhone,
    bool IsPublished, long Version, IReadOnlyList<SuggestionView> Suggestions);

/// <summary>A technology the organisation exhibits, and whether it is already offered in this edition.</summary>
public sealed record ExhibitedTechnology(int Id, LocalizedText Title, TechnologyField Field, TechnologyOfferType OfferType, bool IsOffered);

/// <summary>Everything /connections/offers shows for one person: their organisation's (or, for organisers, every) offers and needs.</summary>
public sealed record MatchmakingBoard(
    int EditionId, LocalizedText EditionName, bool IsOrganiser, int? OrganizationId,
    IReadOnlyList<OrganizationChoice> Organizations, IReadOnlyList<ListingView> Offers, IReadOnlyList<ListingView> Needs,
    IReadOnlyList<ExhibitedTechnology> Technologies);

/// <summary>The result of "offer with one click": the offer, and whether this click made it.</summary>
public sealed record OneClickOffer(int OfferId, bool Created);
