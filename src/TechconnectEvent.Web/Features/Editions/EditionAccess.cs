namespace TechconnectEvent.Web.Features.Editions;

/// <summary>
/// What the layout tells every page about the working edition: an archived edition is read-only, so pages disable
/// their write actions up front instead of letting the save fail on the archived-edition guard.
/// </summary>
public sealed record EditionAccess(int? EditionId, bool ReadOnly)
{
    /// <summary>For a page rendered without the layout (tests, static pages): nothing is known to be read-only.</summary>
    public static readonly EditionAccess Writable = new(null, false);

    public static EditionAccess For(Edition? edition) => new(edition?.Id, edition?.Status == EditionStatus.Archived);
}
