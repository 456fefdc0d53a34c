namespace TechconnectEvent.Web.Features.Connections.Matchmaking;

/// <summary>Offers, needs, suggestions and the public /connect list.</summary>
internal static class MatchmakingSetup
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<MatchmakingService>();
        services.AddScoped<ConnectListService>();
        services.AddHostedService<ConnectListEviction>();
    }

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        _ = endpoints;
    }
}
