namespace TechconnectEvent.Web.Features.Booths;

/// <summary>A set of booths whose status or allocation just changed; published through <c>ChangeNotifier&lt;BoothChange&gt;</c>.</summary>
public sealed record BoothChange(int EditionId, IReadOnlyList<int> BoothIds);
