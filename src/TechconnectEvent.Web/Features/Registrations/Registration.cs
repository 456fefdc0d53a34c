using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Operations;
using TechconnectEvent.Web.Infrastructure.Text;

namespace TechconnectEvent.Web.Features.Registrations;

/// <summary>
/// One person registered for one edition: a delegate, a guest or a visitor. The badge code is what the QR carries
/// and what the gates check; the management token (only its hash is stored) is the person's private link to their
/// own record. Neither is ever derived from the other.
/// </summary>
public sealed class Registration : IVersioned, IEditionScoped, IHasSearchKeys
{
    int? IEditionScoped.ScopedEditionId => EditionId;

    public int Id { get; set; }
    public int EditionId { get; set; }
    public int CategoryId { get; set; }
    public Honorific Honorific { get; set; }
    /// <summary>As typed, in NFC: Vietnamese diacritics and any other script kept exactly.</summary>
    public string FullName { get; set; } = "";
    public string? OrganizationName { get; set; }
    public string? Position { get; set; }
    /// <summary>Null only for invited or walk-in people registered without one.</summary>
    public string? Email { get; set; }
    /// <summary>The e-mail trimmed and lower-cased: one registration per address and edition (unique index).</summary>
    public string? EmailKey { get; set; }
    public string? Phone { get; set; }
    /// <summary>ISO 3166-1 alpha-2 code, upper case ("VN", "KR", "JP" …).</summary>
    public string Nationality { get; set; } = "VN";
    /// <summary>Bit n set = attends day n of the edition (0 = its first day), in the edition's time zone.</summary>
    public int DaysMask { get; set; }
    public RegistrationStatus Status { get; set; } = RegistrationStatus.Confirmed;
    public RegistrationSource Source { get; set; } = RegistrationSource.Online;
    /// <summary>Why it was rejected or cancelled by the organisers; told to the person.</summary>
    public string? DecisionReason { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public DateTimeOffset RegisteredAt { get; set; }
    /// <summary>Which consent text the person agreed to, and when; null for people imported by the organisers.</summary>
    public string? ConsentVersion { get; set; }
    public DateTimeOffset? ConsentGivenAt { get; set; }
    /// <summary>A ribbon other than the category's (e.g. a session chair registered as a guest).</summary>
    public BadgeRibbon? Ribbon { get; set; }

    /// <summary>The secret the QR carries (see <see cref="BadgeCodes"/>); reissuing replaces it.</summary>
    public string BadgeCode { get; set; } = "";
    public DateTimeOffset BadgeIssuedAt { get; set; }
    public int BadgeReissues { get; set; }
    public int PrintCount { get; set; }
    public DateTimeOffset? LastPrintedAt { get; set; }
    public string? LastPrintedBy { get; set; }

    /// <summary>SHA-256 (hex) of the private management token; see <see cref="ManagementTokens"/>.</summary>
    public string ManagementTokenHash { get; set; } = "";
    /// <summary>The person asked for their personal data to be erased; the organisers act on it.</summary>
    public DateTimeOffset? DeletionRequestedAt { get; set; }

    /// <summary>Folded full name, for sorting and the name search without diacritics.</summary>
    public string NameKey { get; private set; } = "";
    /// <summary>Folded name, organisation, e-mail and phone, for the grid's search.</summary>
    public string SearchKey { get; private set; } = "";

    public long Version { get; set; }

    public void RefreshSearchKeys()
    {
        NameKey = TextFolding.Fold(FullName);
        SearchKey = TextFolding.Key(FullName, OrganizationName, Email, Phone);
    }

    public bool AttendsDay(int dayIndex) => dayIndex is >= 0 and < 31 && (DaysMask & (1 << dayIndex)) != 0;

    public static string? KeyOfEmail(string? email) =>
        string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToLowerInvariant();
}

public enum RegistrationStatus
{
    /// <summary>Waiting for an organiser's approval (categories that need it).</summary>
    Pending = 0,
    Confirmed = 1,
    /// <summary>The category was full and the organisers keep a waiting list.</summary>
    Waitlisted = 2,
    Rejected = 3,
    Cancelled = 4,
}

public enum RegistrationSource
{
    Online = 0,
    /// <summary>Imported by the organisers from an invitation list.</summary>
    Invited = 1,
    /// <summary>Registered at the desk on the day.</summary>
    WalkIn = 2,
    /// <summary>Entered by an organiser in the grid.</summary>
    Organiser = 3,
    /// <summary>Made up by <c>demo generate</c> for training and benchmarks.</summary>
    Generated = 4,
}

/// <summary>How the person is addressed; printed in the language of the badge or the letter.</summary>
public enum Honorific
{
    None = 0,
    Mr = 1,
    Ms = 2,
    Dr = 3,
    AssociateProfessor = 4,
    Professor = 5,
}

/// <summary>The band printed across a badge for people with a role at the fair.</summary>
public enum BadgeRibbon
{
    None = 0,
    Exhibitor = 1,
    Speaker = 2,
    Chair = 3,
    Press = 4,
    Organiser = 5,
}
