namespace TechconnectEvent.Web.Features.Exhibitors;

/// <summary>
/// An organisation, one of its technologies or its application in an edition changed; published through
/// <c>ChangeNotifier&lt;ExhibitorChange&gt;</c> once committed, so the public directory can drop what it cached.
/// </summary>
public sealed record ExhibitorChange(int EditionId, int OrganizationId);
