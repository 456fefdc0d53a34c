namespace TechconnectEvent.Web.Features.Connections.Requests;

/// <summary>Meeting requests between organisations, their answers and e-mails.</summary>
internal static class RequestsSetup
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<RequestMails>();
        services.AddScoped<MeetingRequestService>();
    }

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        _ = endpoints;
    }
}
