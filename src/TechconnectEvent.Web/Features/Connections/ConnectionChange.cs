namespace TechconnectEvent.Web.Features.Connections;

/// <summary>
/// Published (through <c>ChangeNotifier&lt;ConnectionChange&gt;</c>) after any committed change to an edition's offers,
/// needs, requests, meetings, rounds, tables or MoUs, so that open pages and the public <c>/connect</c> cache catch up.
/// </summary>
public sealed record ConnectionChange(int EditionId, ConnectionArea Area);

public enum ConnectionArea
{
    OffersAndNeeds = 0,
    Requests = 1,
    Meetings = 2,
    Mous = 3,
}
