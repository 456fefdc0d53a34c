using System.Globalization;
using Microsoft.AspNetCore.Localization;
using TechconnectEvent.Web.Infrastructure.Hosting;

namespace TechconnectEvent.Web.Infrastructure.Localization;

public static class LocalizationSetup
{
    public static IServiceCollection AddProductLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.AddTransient<MudBlazor.MudLocalizer, ProductMudLocalizer>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = ProductCultures.Supported.Select(c => new CultureInfo(c)).ToList();
            options.DefaultRequestCulture = new RequestCulture(ProductCultures.Default);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            // The switcher's cookie first, then the browser's Accept-Language, else Vietnamese.
            options.RequestCultureProviders =
            [
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }

    public static IApplicationBuilder UseProductLocalization(this IApplicationBuilder app) =>
        app.UseRequestLocalization();

    /// <summary>
    /// <c>GET /culture?culture=en-US&amp;returnUrl=/x</c>: stores the choice in the culture cookie and goes back.
    /// A plain link, so it works on static pages and interactive ones alike.
    /// </summary>
    public static IEndpointRouteBuilder MapCultureEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/culture", (HttpContext context, string? culture, string? returnUrl) =>
        {
            if (ProductCultures.IsSupported(culture))
            {
                context.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture!)),
                    new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            }
            return Results.LocalRedirect(LocalReturnUrl.OrHome(returnUrl));
        }).AllowAnonymous();
        return endpoints;
    }
}
