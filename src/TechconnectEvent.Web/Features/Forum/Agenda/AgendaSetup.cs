namespace TechconnectEvent.Web.Features.Forum.Agenda;

/// <summary>Services and endpoints of the public agenda, its calendars and the programme PDF.</summary>
internal static class AgendaSetup
{
    public static void Add(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder endpoints)
    {
    }
}
