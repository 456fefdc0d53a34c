using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TechconnectEvent.Web.Infrastructure.Mail;

namespace TechconnectEvent.ComponentTests.Support;

/// <summary>The outbox and its templates for pages whose writes queue letters; links point at a fixed public address.</summary>
public static class TestMail
{
    public const string BaseUrl = "https://techconnect.test";

    public static IServiceCollection AddTestMail(this IServiceCollection services)
    {
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [PublicLinks.BaseUrlSetting] = BaseUrl }).Build());
        services.AddHttpContextAccessor();
        services.AddSingleton<MailTemplates>();
        services.AddSingleton<TechconnectEvent.Web.Infrastructure.Mail.Outbox>();
        services.AddScoped<PublicLinks>();
        return services;
    }
}
