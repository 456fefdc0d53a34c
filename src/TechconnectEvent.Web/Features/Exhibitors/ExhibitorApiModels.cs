using System.Text.Json.Serialization;
using TechconnectEvent.Web.Features.Booths;

namespace TechconnectEvent.Web.Features.Exhibitors;

// JSON shapes of /api/exhibitor. Enums travel as their names ("Standard", "Gold") so scripts stay readable.

public sealed record ApplicationRequest(
    int BoothsWanted,
    [property: JsonConverter(typeof(JsonStringEnumConverter<BoothSize>))] BoothSize SizeWanted,
    IReadOnlyList<int>? ZonePreferences,
    bool WantsAdjacent,
    [property: JsonConverter(typeof(JsonStringEnumConverter<SponsorTier>))] SponsorTier SponsorTier,
    string? Notes,
    long Version);

public sealed record ApplicationResponse(
    int Id, int EditionId, int OrganizationId, string Organization, int BoothsWanted, string SizeWanted,
    IReadOnlyList<string> ZonePreferences, bool WantsAdjacent, string SponsorTier, string? Notes, string Status,
    string? DecisionReason, DateTimeOffset SubmittedAt, IReadOnlyList<string> AllocatedBooths, long Version)
{
    public static ApplicationResponse From(ApplicationView v) => new(
        v.Id, v.EditionId, v.OrganizationId, v.OrganizationName.Current, v.BoothsWanted, v.SizeWanted.ToString(),
        v.ZonePreferences.Select(z => z.Code).ToList(), v.WantsAdjacent, v.SponsorTier.ToString(), v.Notes, v.Status.ToString(),
        v.DecisionReason, v.SubmittedAt, v.AllocatedBooths, v.Version);
}

public sealed record TechnologyRequest(
    int? OrganizationId,
    string? TitleVi,
    string? TitleEn,
    [property: JsonConverter(typeof(JsonStringEnumConverter<TechnologyField>))] TechnologyField Field,
    int ReadinessLevel,
    [property: JsonConverter(typeof(JsonStringEnumConverter<TechnologyOfferType>))] TechnologyOfferType OfferType,
    string? Description,
    long Version = 0)
{
    public TechnologyInput ToInput() => new()
    {
        TitleVi = TitleVi, TitleEn = TitleEn, Field = Field, ReadinessLevel = ReadinessLevel, OfferType = OfferType, Description = Description,
    };
}

public sealed record TechnologyResponse(
    int Id, int OrganizationId, string TitleVi, string TitleEn, string Field, int ReadinessLevel, string OfferType, string? Description, long Version)
{
    public static TechnologyResponse From(Technology t) => new(
        t.Id, t.OrganizationId, t.Title.Vi, t.Title.En, t.Field.ToString(), t.ReadinessLevel, t.OfferType.ToString(), t.Description, t.Version);
}
