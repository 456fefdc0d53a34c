namespace TechconnectEvent.Web.Features.Connections.Requests;

/// <summary>Meeting requests between organisations, their answers and e-mails.</summary>
internal static class RequestsSetup
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
