using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.Web.Features.Connections.Requests;

/// <summary>What a contact fills in to ask another organisation for a meeting.</summary>
public sealed class RequestInput
{
    /// <summary>The organisation asked; taken from the cited offer or need when left empty.</summary>
    public int? ToOrganizationId { get; set; }
    public int? OfferId { get; set; }
    public int? NeedId { get; set; }
    public string Message { get; set; } = "";
    /// <summary>The asking person as they want to be named; their display name when left empty.</summary>
    public string? ContactName { get; set; }
}

/// <summary>What an organiser fills in to set up a meeting between two organisations without a request.</summary>
public sealed class DirectMeetingInput
{
    public int? OrganizationAId { get; set; }
    public string ContactA { get; set; } = "";
    public int? OrganizationBId { get; set; }
    public string ContactB { get; set; } = "";
    public int? OfferId { get; set; }
    public int? NeedId { get; set; }
    public string? Note { get; set; }
}

/// <summary>One request as the pages list it, with the names it points at.</summary>
public sealed record RequestRow(
    int Id, long Version, int FromOrganizationId, LocalizedText FromOrganization, int ToOrganizationId, LocalizedText ToOrganization,
    CitedItem? Offer, CitedItem? Need, string Message, string FromContactName, string? ToContactName, MeetingRequestStatus Status,
    string? DeclineReason, bool CreatedByOrganiser, DateTimeOffset CreatedAt, DateTimeOffset? RespondedAt, int? MeetingId);

/// <summary>An offer or need cited by a request or meeting.</summary>
public sealed record CitedItem(int Id, int OrganizationId, LocalizedText Title);

/// <summary>One meeting with its place in the schedule, once it has one.</summary>
public sealed record MeetingRow(
    int Id, long Version, int OrganizationAId, LocalizedText OrganizationA, string ContactA, int OrganizationBId, LocalizedText OrganizationB,
    string ContactB, CitedItem? Offer, CitedItem? Need, bool IsMutual, MeetingStatus Status, bool CreatedByOrganiser, ScheduledSlot? Slot)
{
    /// <summary>The other side, seen from <paramref name="organizationId"/>.</summary>
    public LocalizedText CounterpartOf(int organizationId) => organizationId == OrganizationAId ? OrganizationB : OrganizationA;

    public string CounterpartContactOf(int organizationId) => organizationId == OrganizationAId ? ContactB : ContactA;

    public bool MayCancel => Status == MeetingStatus.Planned;
}

/// <summary>The round and table a meeting was placed at.</summary>
public sealed record ScheduledSlot(int RoundNumber, DateTimeOffset StartsAt, int Minutes, int TableNumber, bool IsOnline, string? MeetingLink, string? Location);

/// <summary>Everything one organisation's contact sees on <c>/connections</c>.</summary>
public sealed record ContactOverview(
    int OrganizationId, LocalizedText OrganizationName, string TimeZoneId,
    IReadOnlyList<RequestRow> ToUs, IReadOnlyList<RequestRow> FromUs, IReadOnlyList<MeetingRow> Meetings);

/// <summary>Every request and meeting of an edition, for organisers.</summary>
public sealed record RequestRegister(string TimeZoneId, IReadOnlyList<RequestRow> Requests, IReadOnlyList<MeetingRow> Meetings);

/// <summary>An organisation to pick.</summary>
public sealed record OrganizationChoice(int Id, LocalizedText Name);

/// <summary>
/// What the request form offers: who may be asked (<paramref name="CounterpartId"/>: the one named or owning what is
/// cited), and the offers and needs that may be cited.
/// </summary>
public sealed record RequestFormOptions(
    int? OwnOrganizationId, int? CounterpartId, IReadOnlyList<OrganizationChoice> Organizations, IReadOnlyList<CitedItem> Offers, IReadOnlyList<CitedItem> Needs,
    string DefaultContactName);

/// <summary>One thing picked in the form: an offer or a need.</summary>
public sealed record CitedChoice(int? OfferId, int? NeedId);
