namespace TechconnectEvent.Web.Features.Connections.Mous;

/// <summary>The MoU register, its documents, the ceremony run sheet and the register exports.</summary>
internal static class MousSetup
{
    public static void Add(IServiceCollection services)
    {
        _ = services;
    }

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        _ = endpoints;
    }
}
