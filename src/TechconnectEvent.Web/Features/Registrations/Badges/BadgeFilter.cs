using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Primitives;

namespace TechconnectEvent.Web.Features.Registrations.Badges;

/// <summary>
/// Which registrations of an edition get a badge. By default every Confirmed one; <see cref="RegistrationId"/>
/// picks one registration whatever its status (the "print badge" action).
/// </summary>
public sealed record BadgeFilter
{
    public const int MaxOrganizationLength = 200;

    /// <summary>A category's <see cref="RegistrationCategory.Code"/>.</summary>
    public string? CategoryCode { get; init; }
    public RegistrationStatus Status { get; init; } = RegistrationStatus.Confirmed;
    /// <summary>Found in the organisation's name, with or without diacritics.</summary>
    public string? Organization { get; init; }
    /// <summary>Only badges never printed (printing recorded by a batch from the badge page).</summary>
    public bool NotPrinted { get; init; }
    public int? RegistrationId { get; init; }

    public static BadgeFilter One(int registrationId) => new() { RegistrationId = registrationId };
}

/// <summary>The query string of <c>GET /badges/batch.pdf</c>, read strictly: a value that means nothing is an error, not a guess.</summary>
public static class BadgeQuery
{
    /// <returns>False with the resource key of the message to answer 400 with.</returns>
    public static bool TryParse(
        IReadOnlyDictionary<string, StringValues> query, out BadgeLayout layout, out BadgeFilter filter, [NotNullWhen(false)] out string? errorKey)
    {
        layout = BadgeLayout.A4x8;
        filter = new BadgeFilter();
        errorKey = null;
        if (Value(query, "layout") is { } layoutText && !TryParseLayout(layoutText, out layout))
        {
            errorKey = "Badges.Error.Layout";
            return false;
        }
        var status = RegistrationStatus.Confirmed;
        if (Value(query, "status") is { } statusText
            && !TryParseName(statusText, out status))
        {
            errorKey = "Badges.Error.Status";
            return false;
        }
        var notPrinted = false;
        if (Value(query, "notPrinted") is { } notPrintedText && !bool.TryParse(notPrintedText, out notPrinted))
        {
            errorKey = "Badges.Error.NotPrinted";
            return false;
        }
        var organization = Value(query, "organization");
        if (organization is { Length: > BadgeFilter.MaxOrganizationLength })
        {
            errorKey = "Badges.Error.Organization";
            return false;
        }
        filter = new BadgeFilter
        {
            CategoryCode = Value(query, "category"),
            Status = status,
            Organization = organization,
            NotPrinted = notPrinted,
        };
        return true;
    }

    /// <summary>Only the names themselves: Enum.TryParse would also take "1" or "A6, CR80".</summary>
    public static bool TryParseLayout(string text, out BadgeLayout layout) => TryParseName(text, out layout);

    private static bool TryParseName<TEnum>(string text, out TEnum value) where TEnum : struct, Enum
    {
        var name = Enum.GetNames<TEnum>().FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase));
        value = name is null ? default : Enum.Parse<TEnum>(name);
        return name is not null;
    }

    private static string? Value(IReadOnlyDictionary<string, StringValues> query, string key) =>
        query.TryGetValue(key, out var values) && !string.IsNullOrWhiteSpace(values.ToString()) ? values.ToString().Trim() : null;
}
