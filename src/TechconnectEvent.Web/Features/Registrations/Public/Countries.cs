using System.Globalization;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.Web.Features.Registrations.Public;

/// <summary>
/// The nationalities the form offers: Vietnam first, then the countries whose delegations and exhibitors come to
/// the fair most, then "other". ISO 3166-1 alpha-2 codes; names in both languages of the product.
/// </summary>
public static class Countries
{
    public const string Vietnam = "VN";
    /// <summary>ISO's user-assigned code, for a nationality not in the list.</summary>
    public const string Other = "XX";

    public static IReadOnlyList<(string Code, LocalizedText Name)> All { get; } =
    [
        ("VN", new("Việt Nam", "Vietnam")),
        ("AU", new("Úc", "Australia")),
        ("AT", new("Áo", "Austria")),
        ("BE", new("Bỉ", "Belgium")),
        ("BR", new("Bra-xin", "Brazil")),
        ("KH", new("Campuchia", "Cambodia")),
        ("CA", new("Ca-na-đa", "Canada")),
        ("CN", new("Trung Quốc", "China")),
        ("CZ", new("Séc", "Czechia")),
        ("DK", new("Đan Mạch", "Denmark")),
        ("FI", new("Phần Lan", "Finland")),
        ("FR", new("Pháp", "France")),
        ("DE", new("Đức", "Germany")),
        ("HK", new("Hồng Kông (Trung Quốc)", "Hong Kong (China)")),
        ("HU", new("Hung-ga-ri", "Hungary")),
        ("IN", new("Ấn Độ", "India")),
        ("ID", new("In-đô-nê-xi-a", "Indonesia")),
        ("IL", new("I-xra-en", "Israel")),
        ("IT", new("I-ta-li-a", "Italy")),
        ("JP", new("Nhật Bản", "Japan")),
        ("LA", new("Lào", "Laos")),
        ("MY", new("Ma-lai-xi-a", "Malaysia")),
        ("MM", new("Mi-an-ma", "Myanmar")),
        ("NL", new("Hà Lan", "Netherlands")),
        ("NZ", new("Niu Di-lân", "New Zealand")),
        ("NO", new("Na Uy", "Norway")),
        ("PH", new("Phi-líp-pin", "Philippines")),
        ("PL", new("Ba Lan", "Poland")),
        ("RU", new("Liên bang Nga", "Russia")),
        ("SG", new("Xin-ga-po", "Singapore")),
        ("KR", new("Hàn Quốc", "South Korea")),
        ("ES", new("Tây Ban Nha", "Spain")),
        ("SE", new("Thụy Điển", "Sweden")),
        ("CH", new("Thụy Sĩ", "Switzerland")),
        ("TW", new("Đài Loan (Trung Quốc)", "Taiwan (China)")),
        ("TH", new("Thái Lan", "Thailand")),
        ("AE", new("Các Tiểu vương quốc Ả Rập Thống nhất", "United Arab Emirates")),
        ("GB", new("Vương quốc Anh", "United Kingdom")),
        ("US", new("Hoa Kỳ", "United States")),
        (Other, new("Quốc gia khác", "Other country")),
    ];

    private static readonly Dictionary<string, LocalizedText> ByCode =
        All.ToDictionary(c => c.Code, c => c.Name, StringComparer.OrdinalIgnoreCase);

    public static bool IsKnown(string? code) => code is not null && ByCode.ContainsKey(code.Trim());

    public static string NameOf(string code, CultureInfo culture) => ByCode.TryGetValue(code, out var name) ? name.For(culture) : code;

    /// <summary>The list in the page's language: Vietnam first, "other" last, the rest alphabetically.</summary>
    public static IEnumerable<(string Code, string Name)> For(CultureInfo culture)
    {
        var compare = StringComparer.Create(culture, ignoreCase: true);
        return All.Where(c => c.Code is not Vietnam and not Other).Select(c => (c.Code, Name: c.Name.For(culture)))
            .OrderBy(c => c.Name, compare)
            .Prepend((Vietnam, ByCode[Vietnam].For(culture)))
            .Append((Other, ByCode[Other].For(culture)));
    }
}
