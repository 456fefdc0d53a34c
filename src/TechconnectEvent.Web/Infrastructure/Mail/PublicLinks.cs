using Microsoft.AspNetCore.Components;

namespace TechconnectEvent.Web.Infrastructure.Mail;

/// <summary>
/// Absolute addresses for links that leave the app (e-mails): <c>App:PublicBaseUrl</c> when set, else the address
/// of the request (or interactive session) that causes the message.
/// </summary>
public sealed class PublicLinks(IConfiguration configuration, IHttpContextAccessor http, IServiceProvider services)
{
    public const string BaseUrlSetting = "App:PublicBaseUrl";

    public string Absolute(string pathAndQuery)
    {
        var path = pathAndQuery.StartsWith('/') ? pathAndQuery : "/" + pathAndQuery;
        return BaseUrl().TrimEnd('/') + path;
    }

    public string BaseUrl()
    {
        var configured = configuration[BaseUrlSetting];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }
        if (http.HttpContext?.Request is { Host.HasValue: true } request)
        {
            return $"{request.Scheme}://{request.Host}{request.PathBase}";
        }
        var navigation = services.GetService<NavigationManager>();
        try
        {
            if (navigation is not null)
            {
                return navigation.BaseUri;
            }
        }
        catch (InvalidOperationException)
        {
            // Not inside a component: no address to take.
        }
        throw new InvalidOperationException($"Set {BaseUrlSetting}: there is no request to take the public address from.");
    }
}
