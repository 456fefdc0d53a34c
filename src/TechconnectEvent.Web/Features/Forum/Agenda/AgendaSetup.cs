namespace TechconnectEvent.Web.Features.Forum.Agenda;

/// <summary>Services and endpoints of the public agenda, its calendars and the programme PDF.</summary>
internal static class AgendaSetup
{
    public static void Add(IServiceCollection services)
    {
        services.AddSingleton<AgendaCache>();
        services.AddScoped<AgendaService>();
        services.AddHostedService<AgendaEviction>();
    }

    public static void Map(IEndpointRouteBuilder endpoints) => AgendaEndpoints.Map(endpoints);
}
