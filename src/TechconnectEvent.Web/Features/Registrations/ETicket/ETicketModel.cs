namespace TechconnectEvent.Web.Features.Registrations.ETicket;

/// <summary>Everything printed on an e-ticket, already in the reader's language.</summary>
public sealed record ETicketModel(
    string Title,
    string EditionName,
    string CategoryName,
    string CategoryColour,
    string? Honorific,
    string FullName,
    string? PositionAndOrganization,
    string BadgeCode,
    IReadOnlyList<(string Label, string Value)> Details,
    string Footer,
    DateTimeOffset IssuedAt);
