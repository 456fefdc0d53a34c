using Microsoft.AspNetCore.Identity;
using TechconnectEvent.Web.Features.Exhibitors.Apply;

namespace TechconnectEvent.Web.Features.Exhibitors;

public static class ExhibitorsFeature
{
    /// <summary>Exhibitor applications and technologies.</summary>
    public static IServiceCollection AddExhibitors(this IServiceCollection services)
    {
        services.AddScoped<ExhibitorApplicationService>();
        services.AddScoped<TechnologyService>();
        services.AddScoped<OnlineApplicationService>();
        services.AddScoped<OrganizationMerge>();
        // The invitation link's token provider, registered as IdentityBuilder.AddTokenProvider does.
        services.AddTransient<ExhibitorInvitationTokenProvider>();
        services.Configure<IdentityOptions>(options => options.Tokens.ProviderMap[ExhibitorInvitationTokenProvider.ProviderName] =
            new TokenProviderDescriptor(typeof(ExhibitorInvitationTokenProvider)));
        return services;
    }

    /// <summary><c>/api/exhibitor/...</c> for the exhibitor's own application and technologies.</summary>
    public static IEndpointRouteBuilder MapExhibitors(this IEndpointRouteBuilder endpoints)
    {
        ExhibitorApi.Map(endpoints);
        return endpoints;
    }
}
