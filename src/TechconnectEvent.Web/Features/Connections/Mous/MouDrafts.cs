using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.Web.Features.Connections.Mous;

/// <summary>
/// The draft MoU a meeting's outcome "MoU planned" creates: Proposed, titled after the offer or need the meeting was
/// about, with the two organisations as parties (the offering side as transferor when an offer is cited) and the
/// meeting's contacts as provisional signatories. The organisers complete it in the register.
/// </summary>
public static class MouDrafts
{
    /// <param name="subject">The cited offer's or need's title; null when the meeting cited neither.</param>
    /// <param name="offeringOrganizationId">The organisation whose offer the meeting cited, if any.</param>
    public static Mou FromMeeting(Meeting meeting, LocalizedText? subject, Exhibitors.TechnologyField field,
        int? offeringOrganizationId, DateTimeOffset now)
    {
        var title = subject is null
            ? new LocalizedText("Biên bản ghi nhớ hợp tác", "Memorandum of understanding on cooperation")
            : new LocalizedText($"Biên bản ghi nhớ hợp tác: {subject.Vi}", $"Memorandum of understanding: {subject.En}");
        return new Mou
        {
            EditionId = meeting.EditionId,
            Title = Truncate(title),
            Field = field,
            Status = MouStatus.Proposed,
            MeetingId = meeting.Id,
            CreatedAt = now,
            UpdatedAt = now,
            Parties =
            [
                Party(meeting.OrganizationAId, meeting.ContactA, offeringOrganizationId, 1),
                Party(meeting.OrganizationBId, meeting.ContactB, offeringOrganizationId, 2),
            ],
        };
    }

    private static MouParty Party(int organizationId, string contact, int? offeringOrganizationId, int order) => new()
    {
        OrganizationId = organizationId,
        Role = offeringOrganizationId is null ? MouPartyRole.Partner
            : offeringOrganizationId == organizationId ? MouPartyRole.Transferor : MouPartyRole.Recipient,
        SignatoryName = contact,
        SortOrder = order,
    };

    private static LocalizedText Truncate(LocalizedText text) => new(
        text.Vi.Length > ConnectionLimits.Title ? text.Vi[..ConnectionLimits.Title] : text.Vi,
        text.En.Length > ConnectionLimits.Title ? text.En[..ConnectionLimits.Title] : text.En);
}
