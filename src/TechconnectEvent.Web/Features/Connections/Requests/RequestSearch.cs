using TechconnectEvent.Web.Infrastructure.Text;

namespace TechconnectEvent.Web.Features.Connections.Requests;

/// <summary>The organisers' filter over requests and meetings: status, and words in any name or title, with or without diacritics.</summary>
public static class RequestSearch
{
    public static IEnumerable<RequestRow> Filter(IEnumerable<RequestRow> rows, MeetingRequestStatus? status, string? query)
    {
        var words = TextFolding.Words(query);
        return rows.Where(r => (status is null || r.Status == status) && Matches(words,
            r.FromOrganization.Vi, r.FromOrganization.En, r.ToOrganization.Vi, r.ToOrganization.En, r.FromContactName, r.ToContactName,
            r.Offer?.Title.Vi, r.Offer?.Title.En, r.Need?.Title.Vi, r.Need?.Title.En));
    }

    public static IEnumerable<MeetingRow> Filter(IEnumerable<MeetingRow> rows, MeetingStatus? status, string? query)
    {
        var words = TextFolding.Words(query);
        return rows.Where(m => (status is null || m.Status == status) && Matches(words,
            m.OrganizationA.Vi, m.OrganizationA.En, m.OrganizationB.Vi, m.OrganizationB.En, m.ContactA, m.ContactB,
            m.Offer?.Title.Vi, m.Offer?.Title.En, m.Need?.Title.Vi, m.Need?.Title.En));
    }

    private static bool Matches(IReadOnlyList<string> words, params string?[] texts)
    {
        if (words.Count == 0)
        {
            return true;
        }
        var key = TextFolding.Key(texts);
        return words.All(w => key.Contains(w, StringComparison.Ordinal));
    }
}
