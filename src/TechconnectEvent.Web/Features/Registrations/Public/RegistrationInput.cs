namespace TechconnectEvent.Web.Features.Registrations.Public;

/// <summary>
/// What a person types into the public registration form, or into their own management page to correct it. Flat,
/// so that the static form posts plain named fields.
/// </summary>
public sealed class RegistrationInput
{
    public Honorific Honorific { get; set; }
    public string? FullName { get; set; }
    public string? OrganizationName { get; set; }
    public string? Position { get; set; }
    public int? CategoryId { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Nationality { get; set; } = Countries.Vietnam;
    /// <summary>0-based days of the edition the person attends (one checkbox each).</summary>
    /// <remarks>No box ticked posts nothing, and the form binder then leaves the list null.</remarks>
    public List<int> Days { get => days; set => days = value ?? []; }
    /// <summary>Ids of the forum sessions the person would like to attend (optional; public registration only).</summary>
    public List<int> Sessions { get => sessions; set => sessions = value ?? []; }
    public bool Consent { get; set; }

    /// <summary>A field people never see (the honeypot): only a robot fills it in.</summary>
    public string? Fax { get; set; }

    /// <summary>The version of the registration the person corrected (management page only).</summary>
    public long Version { get; set; }

    private List<int> days = [];
    private List<int> sessions = [];

    public bool LooksAutomated => !string.IsNullOrWhiteSpace(Fax);

    public int DaysMask => Days.Where(d => d is >= 0 and < 31).Aggregate(0, (mask, day) => mask | (1 << day));

    /// <summary>The form filled with a stored registration, for its correction.</summary>
    public static RegistrationInput From(Registration registration) => new()
    {
        Honorific = registration.Honorific,
        FullName = registration.FullName,
        OrganizationName = registration.OrganizationName,
        Position = registration.Position,
        CategoryId = registration.CategoryId,
        Email = registration.Email,
        Phone = registration.Phone,
        Nationality = registration.Nationality,
        Days = Enumerable.Range(0, 31).Where(registration.AttendsDay).ToList(),
        Consent = registration.ConsentVersion is not null,
        Version = registration.Version,
    };
}
