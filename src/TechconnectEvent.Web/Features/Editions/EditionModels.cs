using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.Web.Features.Editions;

/// <summary>An edition as Administration → Editions lists it, with what it holds counted.</summary>
public sealed record EditionSummary(
    int Id, int Year, LocalizedText Name, LocalizedText Venue, LocalizedText Province, DateOnly StartDate, DateOnly EndDate,
    string TimeZoneId, EditionStatus Status, bool IsCurrent, int? CopiedFromEditionId, long Version,
    int ZoneCount, int BoothCount, int ApplicationCount, int ExhibitorCount);

/// <summary>An edition in the app bar's switcher.</summary>
public sealed record EditionChoice(int Id, int Year, LocalizedText Name, EditionStatus Status, bool IsCurrent)
{
    public string Label => $"{Year} · {Name.Current}";
}

/// <summary>What an organiser types into the create dialog. Mutable so a form can bind to it.</summary>
public sealed class EditionInput
{
    public int? Year { get; set; }
    public string NameVi { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string ThemeVi { get; set; } = "";
    public string ThemeEn { get; set; } = "";
    public string VenueVi { get; set; } = "";
    public string VenueEn { get; set; } = "";
    public string ProvinceVi { get; set; } = "";
    public string ProvinceEn { get; set; } = "";
    public DateTime? StartDate { get; set; }
    public DateTime? EndDate { get; set; }
    public string TimeZoneId { get; set; } = Edition.DefaultTimeZoneId;
    /// <summary>The earlier edition to prepare this one from, or null for an empty edition.</summary>
    public int? CopyFromEditionId { get; set; }
    /// <summary>Keys of the <see cref="EditionCopier.Steps"/> to run when copying.</summary>
    public HashSet<string> CopySteps { get; set; } = [];
}
