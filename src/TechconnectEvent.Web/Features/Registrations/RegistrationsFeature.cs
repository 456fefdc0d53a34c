using TechconnectEvent.Web.Features.Registrations.ETicket;
using TechconnectEvent.Web.Features.Registrations.Public;
using TechconnectEvent.Web.Infrastructure.Mail;

namespace TechconnectEvent.Web.Features.Registrations;

public static class RegistrationsFeature
{
    /// <summary>The public registration, one's own management of it and the e-ticket.</summary>
    public static IServiceCollection AddRegistrations(this IServiceCollection services)
    {
        services.AddScoped<PublicRegistrationService>();
        services.AddScoped<ETickets>();
        services.AddSingleton<IMailAttachmentSource, ETicketMailAttachments>();
        return services;
    }

    /// <summary><c>/register/manage/{token}/ticket.pdf</c> and <c>/data.json</c>.</summary>
    public static IEndpointRouteBuilder MapRegistrations(this IEndpointRouteBuilder endpoints)
    {
        RegistrationEndpoints.Map(endpoints);
        return endpoints;
    }
}
