using TechconnectEvent.Web.Features.Booths;

namespace TechconnectEvent.Web.Features.Exhibitors;

/// <summary>What an applicant asks for; validated by the form and again by the service.</summary>
public sealed class ApplicationInput
{
    public const int MaxBooths = 12;
    public const int MaxNotes = 2000;

    public int BoothsWanted { get; set; } = 1;
    public BoothSize SizeWanted { get; set; } = BoothSize.Standard;
    public int? ZonePreference1Id { get; set; }
    public int? ZonePreference2Id { get; set; }
    public int? ZonePreference3Id { get; set; }
    public bool WantsAdjacent { get; set; }
    public SponsorTier SponsorTier { get; set; }
    public string? Notes { get; set; }

    public static ApplicationInput From(ExhibitorApplication application) => new()
    {
        BoothsWanted = application.BoothsWanted,
        SizeWanted = application.SizeWanted,
        ZonePreference1Id = application.ZonePreference1Id,
        ZonePreference2Id = application.ZonePreference2Id,
        ZonePreference3Id = application.ZonePreference3Id,
        WantsAdjacent = application.WantsAdjacent,
        SponsorTier = application.SponsorTier,
        Notes = application.Notes,
    };

    /// <summary>The preferences as given, by slot (1–3), blanks included.</summary>
    public IReadOnlyList<(string Field, int? ZoneId)> Slots() =>
        [(nameof(ZonePreference1Id), ZonePreference1Id), (nameof(ZonePreference2Id), ZonePreference2Id), (nameof(ZonePreference3Id), ZonePreference3Id)];

    internal void ApplyTo(ExhibitorApplication application)
    {
        application.BoothsWanted = BoothsWanted;
        application.SizeWanted = SizeWanted;
        // Stored without gaps: a 3rd preference given without a 2nd becomes the 2nd.
        var zones = Slots().Where(s => s.ZoneId is not null).Select(s => s.ZoneId).ToList();
        application.ZonePreference1Id = zones.ElementAtOrDefault(0);
        application.ZonePreference2Id = zones.ElementAtOrDefault(1);
        application.ZonePreference3Id = zones.ElementAtOrDefault(2);
        application.WantsAdjacent = WantsAdjacent && BoothsWanted > 1;
        application.SponsorTier = SponsorTier;
        application.Notes = string.IsNullOrWhiteSpace(Notes) ? null : Notes.Trim().Normalize();
    }
}

/// <summary>A zone an organisation may ask for.</summary>
public sealed record ZoneChoice(int Id, string Code, Infrastructure.Localization.LocalizedText Name);
