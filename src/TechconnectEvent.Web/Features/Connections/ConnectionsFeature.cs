namespace TechconnectEvent.Web.Features.Connections;

/// <summary>
/// Connections: technology offers and needs with explainable suggestions and the public <c>/connect</c> list; meeting
/// requests between organisations; rounds, tables and the deterministic meeting scheduler with printable schedules;
/// meetings held and their outcomes; and the MoU register with its documents, run sheet and register exports.
/// </summary>
public static class ConnectionsFeature
{
    public static IServiceCollection AddTechConnections(this IServiceCollection services)
    {
        Matchmaking.MatchmakingSetup.Add(services);
        Requests.RequestsSetup.Add(services);
        Meetings.MeetingsSetup.Add(services);
        Mous.MousSetup.Add(services);
        return services;
    }

    /// <summary>The connections' PDFs, exports and document downloads.</summary>
    public static IEndpointRouteBuilder MapTechConnections(this IEndpointRouteBuilder endpoints)
    {
        Matchmaking.MatchmakingSetup.Map(endpoints);
        Requests.RequestsSetup.Map(endpoints);
        Meetings.MeetingsSetup.Map(endpoints);
        Mous.MousSetup.Map(endpoints);
        return endpoints;
    }
}
