using System.Text;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Features.Zones;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.Web.Infrastructure.Data.Seeding;

/// <summary>An application of the demo data, tied to its organisation and zones by name and code.</summary>
internal sealed record PlannedApplication(string OrganizationName, ExhibitorApplication Application, IReadOnlyList<string> ZoneCodes);

/// <summary>A technology of the demo data, tied to its organisation by name.</summary>
internal sealed record PlannedTechnology(string OrganizationName, Technology Technology);

/// <summary>Which application each Allocated booth of the layout goes to (by index in the applications list).</summary>
internal sealed record PlannedAllocation(string BoothCode, int ApplicationIndex);

/// <summary>Validates applications.json and technologies.json against the organisations and zones.</summary>
internal static class DemoExhibitors
{
    private const string FictionalVi = "(hư cấu)";
    private const string FictionalEn = "(fictional)";

    public static IReadOnlyList<PlannedApplication> ToApplications(ApplicationsFile data, IReadOnlyList<Organization> organizations, IReadOnlyList<Zone> zones)
    {
        const string file = DemoDataFolder.ApplicationsFile;
        var result = new List<PlannedApplication>();
        for (var i = 0; i < data.Applications.Count; i++)
        {
            var item = data.Applications[i];
            var entry = $"application #{i + 1} ({item.Organization})";
            var organization = Find(organizations, item.Organization, file, entry);
            if (result.Any(a => a.OrganizationName == organization.Name.Vi))
            {
                throw new DemoDataException(file, entry, "the organisation already has an application: one per edition.");
            }
            if (item.BoothsWanted is < 1 or > ApplicationInput.MaxBooths)
            {
                throw new DemoDataException(file, entry, $"boothsWanted must be 1 to {ApplicationInput.MaxBooths}.");
            }
            if (item.Zones.Count is < 1 or > 3 || item.Zones.Distinct(StringComparer.Ordinal).Count() != item.Zones.Count)
            {
                throw new DemoDataException(file, entry, "zones must list one to three different zone codes.");
            }
            foreach (var code in item.Zones)
            {
                var zone = zones.FirstOrDefault(z => z.Code == code)
                    ?? throw new DemoDataException(file, entry, $"zone '{code}' is not defined in {DemoDataFolder.ZonesFile}.");
                if (!zone.Accepts(organization.Type))
                {
                    throw new DemoDataException(file, entry, $"zone {code} does not accept organisations of type {organization.Type}.");
                }
            }
            var status = Parse<ApplicationStatus>(item.Status, file, entry, "status");
            var reason = Clean(item.Reason);
            if (status == ApplicationStatus.Rejected && reason is null)
            {
                throw new DemoDataException(file, entry, "a Rejected application needs a reason.");
            }
            var submitted = new DateTimeOffset(item.Submitted.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero);
            var application = new ExhibitorApplication
            {
                BoothsWanted = item.BoothsWanted,
                SizeWanted = Parse<BoothSize>(item.Size, file, entry, "size"),
                WantsAdjacent = item.WantsAdjacent && item.BoothsWanted > 1,
                SponsorTier = Parse<SponsorTier>(item.SponsorTier, file, entry, "sponsorTier"),
                Notes = Clean(item.Notes),
                SubmittedAt = submitted,
            };
            // Decisions were taken in one sitting a fortnight after the call closed; the demo needs no finer history.
            if (!application.Restore(status, reason, new DateTimeOffset(2023, 7, 20, 3, 0, 0, TimeSpan.Zero)).Succeeded)
            {
                throw new DemoDataException(file, entry, $"status {status} cannot be reached with this reason.");
            }
            result.Add(new PlannedApplication(organization.Name.Vi, application, item.Zones));
        }
        return result;
    }

    public static IReadOnlyList<PlannedTechnology> ToTechnologies(TechnologiesFile data, IReadOnlyList<Organization> organizations)
    {
        const string file = DemoDataFolder.TechnologiesFile;
        var result = new List<PlannedTechnology>();
        for (var i = 0; i < data.Technologies.Count; i++)
        {
            var item = data.Technologies[i];
            var entry = $"technology #{i + 1} ({item.Title.Vi})";
            var organization = Find(organizations, item.Organization, file, entry);
            var vi = Clean(item.Title.Vi);
            var en = Clean(item.Title.En);
            if (vi is null || en is null)
            {
                throw new DemoDataException(file, entry, "title needs both a Vietnamese (vi) and an English (en) text.");
            }
            var description = Clean(item.Description);
            // Every demo technology is invented; the description says so in both languages.
            if (description is null || !description.Contains(FictionalVi, StringComparison.Ordinal) || !description.Contains(FictionalEn, StringComparison.Ordinal))
            {
                throw new DemoDataException(file, entry, $"the description must mark the technology as fictional with '{FictionalVi}' and '{FictionalEn}'.");
            }
            if (item.ReadinessLevel is < 1 or > 9)
            {
                throw new DemoDataException(file, entry, "readinessLevel must be 1 to 9.");
            }
            result.Add(new PlannedTechnology(organization.Name.Vi, new Technology
            {
                Title = new LocalizedText(vi, en),
                Field = Parse<TechnologyField>(item.Field, file, entry, "field"),
                ReadinessLevel = item.ReadinessLevel,
                OfferType = Parse<TechnologyOfferType>(item.OfferType, file, entry, "offerType"),
                Description = description,
            }));
        }
        return result;
    }

    private static Organization Find(IReadOnlyList<Organization> organizations, string name, string file, string entry)
    {
        var clean = Clean(name);
        return organizations.FirstOrDefault(o => o.Name.Vi == clean)
            ?? throw new DemoDataException(file, entry, $"no organisation of {DemoDataFolder.OrganizationsFile} has the Vietnamese name '{name}'.");
    }

    private static T Parse<T>(string value, string file, string entry, string field) where T : struct, Enum =>
        Enum.GetNames<T>().Contains(value, StringComparer.Ordinal)
            ? Enum.Parse<T>(value)
            : throw new DemoDataException(file, entry, $"{field} '{value}' is not one of {string.Join(", ", Enum.GetNames<T>())}.");

    private static string? Clean(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim().Normalize(NormalizationForm.FormC);
}
