using System.Text;
using System.Text.RegularExpressions;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Features.Zones;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.Web.Infrastructure.Data.Seeding;

/// <summary>Turns the parsed files into entities, rejecting any entry that breaks a rule with a message naming it.</summary>
internal static partial class DemoDataValidation
{
    public const string AnyType = "Any";
    public const string FictionalSuffixVi = " (hư cấu)";
    public const string FictionalSuffixEn = " (fictional)";

    public static Edition ToEdition(EditionData data)
    {
        const string file = DemoDataFolder.EditionFile;
        var entry = $"edition {data.Year}";
        if (data.Year < 2011)
        {
            throw new DemoDataException(file, entry, "the fair has been held since 2011; the year must be 2011 or later.");
        }
        if (data.EndDate < data.StartDate || data.StartDate.Year != data.Year)
        {
            throw new DemoDataException(file, entry, "startDate must fall in the edition's year and endDate must not precede it.");
        }
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(data.TimeZoneId, out _))
        {
            throw new DemoDataException(file, entry, $"time zone '{data.TimeZoneId}' is unknown on this machine.");
        }
        return new Edition
        {
            Year = data.Year,
            Name = Text(data.Name, file, entry, "name"),
            Theme = Text(data.Theme, file, entry, "theme"),
            Venue = Text(data.Venue, file, entry, "venue"),
            Province = Text(data.Province, file, entry, "province"),
            Directions = data.Directions is null ? new("", "") : Text(data.Directions, file, entry, "directions"),
            StartDate = data.StartDate,
            EndDate = data.EndDate,
            TimeZoneId = data.TimeZoneId,
            Status = ParseName<EditionStatus>(data.Status, file, entry, "status"),
            IsCurrent = data.IsCurrent,
        };
    }

    public static IReadOnlyList<Zone> ToZones(ZonesFile data)
    {
        const string file = DemoDataFolder.ZonesFile;
        var zones = new List<Zone>();
        for (var i = 0; i < data.Zones.Count; i++)
        {
            var item = data.Zones[i];
            var entry = $"zone #{i + 1} ({item.Code})";
            if (!ZoneCodePattern().IsMatch(item.Code))
            {
                throw new DemoDataException(file, entry, "code must be 2 to 4 capital letters A–Z (it prefixes booth codes).");
            }
            if (zones.Any(z => z.Code == item.Code))
            {
                throw new DemoDataException(file, entry, "the code is used by an earlier zone.");
            }
            if (!ColourPattern().IsMatch(item.Colour))
            {
                throw new DemoDataException(file, entry, $"colour '{item.Colour}' is not of the form #RRGGBB.");
            }
            var name = Text(item.Name, file, entry, "name");
            if (zones.Any(z => z.Name.Vi == name.Vi))
            {
                throw new DemoDataException(file, entry, "the Vietnamese name is used by an earlier zone.");
            }
            zones.Add(new Zone
            {
                Code = item.Code,
                Name = name,
                Kind = ParseName<ZoneKind>(item.Kind, file, entry, "kind"),
                Colour = item.Colour.ToUpperInvariant(),
                EligibleTypes = EligibleTypes(item.EligibleTypes, file, entry),
                SortOrder = (i + 1) * 10,
            });
        }
        return zones;
    }

    public static IReadOnlyList<Organization> ToOrganizations(OrganizationsFile data)
    {
        const string file = DemoDataFolder.OrganizationsFile;
        var organizations = new List<Organization>();
        for (var i = 0; i < data.Organizations.Count; i++)
        {
            var item = data.Organizations[i];
            var entry = $"organisation #{i + 1} ({item.Name.Vi})";
            var name = Text(item.Name, file, entry, "name");
            if (organizations.Any(o => o.Name.Vi == name.Vi))
            {
                throw new DemoDataException(file, entry, "the Vietnamese name is used by an earlier organisation.");
            }
            CheckFictionalConvention(item, name, file, entry);
            if (!CountryPattern().IsMatch(item.Country))
            {
                throw new DemoDataException(file, entry, $"country '{item.Country}' is not an ISO 3166-1 alpha-2 code such as VN.");
            }
            var type = ParseName<OrganizationType>(item.Type, file, entry, "type");
            if (type == OrganizationType.None)
            {
                throw new DemoDataException(file, entry, "an organisation needs a type other than None.");
            }
            if (item.ShortName is { Length: > 40 })
            {
                throw new DemoDataException(file, entry, "shortName is longer than 40 characters.");
            }
            if (item.Website is not null
                && !(Uri.TryCreate(item.Website, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
            {
                throw new DemoDataException(file, entry, $"website '{item.Website}' is not an absolute http(s) address.");
            }
            organizations.Add(new Organization
            {
                Name = name,
                ShortName = Clean(item.ShortName),
                Type = type,
                Country = item.Country,
                Province = Clean(item.Province),
                Website = item.Website,
            });
        }
        return organizations;
    }

    private static void CheckFictionalConvention(OrganizationData item, LocalizedText name, string file, string entry)
    {
        var marked = name.Vi.EndsWith(FictionalSuffixVi, StringComparison.Ordinal)
            && name.En.EndsWith(FictionalSuffixEn, StringComparison.Ordinal);
        if (item.Fictional && (!marked || item.Website is not null))
        {
            throw new DemoDataException(file, entry,
                $"a fictional organisation's names must end in '{FictionalSuffixVi.Trim()}' and '{FictionalSuffixEn.Trim()}', and it has no website.");
        }
        if (!item.Fictional && (name.Vi.Contains(FictionalSuffixVi.Trim(), StringComparison.Ordinal) || string.IsNullOrWhiteSpace(item.Source)))
        {
            throw new DemoDataException(file, entry, "a real organisation needs a source and must not carry the fictional marker.");
        }
    }

    private static OrganizationType EligibleTypes(IReadOnlyList<string> names, string file, string entry)
    {
        if (names.Count == 1 && names[0] == AnyType)
        {
            return OrganizationType.None;
        }
        if (names.Count == 0 || names.Contains(AnyType))
        {
            throw new DemoDataException(file, entry, $"eligibleTypes must list organisation types, or be [\"{AnyType}\"] alone for every type.");
        }
        var set = OrganizationType.None;
        foreach (var name in names)
        {
            var type = ParseName<OrganizationType>(name, file, entry, "eligibleTypes");
            if (type == OrganizationType.None || set.HasFlag(type))
            {
                throw new DemoDataException(file, entry, $"eligibleTypes has '{name}' twice or lists None.");
            }
            set |= type;
        }
        return set;
    }

    /// <summary>Exact, case-sensitive enum member names only: a number or a near miss is an error, not a guess.</summary>
    internal static T ParseName<T>(string value, string file, string entry, string field) where T : struct, Enum =>
        Enum.GetNames<T>().Contains(value, StringComparer.Ordinal)
            ? Enum.Parse<T>(value)
            : throw new DemoDataException(file, entry, $"{field} '{value}' is not one of {string.Join(", ", Enum.GetNames<T>())}.");

    internal static LocalizedText Text(TextData text, string file, string entry, string field)
    {
        var vi = Clean(text.Vi);
        var en = Clean(text.En);
        if (vi is null || en is null)
        {
            throw new DemoDataException(file, entry, $"{field} needs both a Vietnamese (vi) and an English (en) text.");
        }
        return new LocalizedText(vi, en);
    }

    /// <summary>Trimmed and in NFC, so text typed on a machine that saves decomposed accents still matches.</summary>
    internal static string? Clean(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim().Normalize(NormalizationForm.FormC);

    [GeneratedRegex("^[A-Z]{2,4}$")]
    private static partial Regex ZoneCodePattern();

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$")]
    private static partial Regex ColourPattern();

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryPattern();
}
