using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.Web.Features.Organizations;

/// <summary>What a person types for an organisation; the form and the service validate the same record.</summary>
public sealed class OrganizationInput
{
    public string? NameVi { get; set; }
    public string? NameEn { get; set; }
    public string? ShortName { get; set; }
    public OrganizationType Type { get; set; }
    public string? Country { get; set; } = "VN";
    public string? Province { get; set; }
    public string? ContactPerson { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Website { get; set; }

    public static OrganizationInput From(Organization organization) => new()
    {
        NameVi = organization.Name.Vi,
        NameEn = organization.Name.En == organization.Name.Vi ? null : organization.Name.En,
        ShortName = organization.ShortName,
        Type = organization.Type,
        Country = organization.Country,
        Province = organization.Province,
        ContactPerson = organization.ContactPerson,
        Email = organization.Email,
        Phone = organization.Phone,
        Website = organization.Website,
    };

    /// <summary>Copies the cleaned values onto an entity; an empty English name falls back to the Vietnamese one.</summary>
    internal void ApplyTo(Organization organization)
    {
        var vi = TextRules.Clean(NameVi)!;
        organization.Name = new LocalizedText(vi, TextRules.Clean(NameEn) ?? vi);
        organization.ShortName = TextRules.Clean(ShortName);
        organization.Type = Type;
        organization.Country = TextRules.Clean(Country)!.ToUpperInvariant();
        organization.Province = TextRules.Clean(Province);
        organization.ContactPerson = TextRules.Clean(ContactPerson);
        organization.Email = TextRules.Clean(Email);
        organization.Phone = TextRules.Clean(Phone);
        organization.Website = TextRules.Clean(Website);
    }
}
