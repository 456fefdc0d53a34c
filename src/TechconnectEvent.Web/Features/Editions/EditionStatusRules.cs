namespace TechconnectEvent.Web.Features.Editions;

/// <summary>
/// How an edition moves through its year: forward one step at a time, or back one step to undo a premature move
/// (Archived back to Closed is how an edition is unarchived). Skipping a step is refused so that nothing that a
/// step opens or closes (applications, the read-only archive) is bypassed.
/// </summary>
public static class EditionStatusRules
{
    public static EditionStatus? Next(EditionStatus status) =>
        status == EditionStatus.Archived ? null : status + 1;

    public static EditionStatus? Previous(EditionStatus status) =>
        status == EditionStatus.Draft ? null : status - 1;

    public static bool CanMove(EditionStatus from, EditionStatus to) => Next(from) == to || Previous(from) == to;

    /// <summary>A Draft edition has nothing to show; the public site would present an empty fair.</summary>
    public static bool CanBeCurrent(EditionStatus status) => status != EditionStatus.Draft;
}
