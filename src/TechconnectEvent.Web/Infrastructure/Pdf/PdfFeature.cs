using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TechconnectEvent.Web.Infrastructure.Pdf;

public static class PdfFeature
{
    /// <summary>Registers the shared font provider that every PDF document (reports, badges) renders with.</summary>
    public static IServiceCollection AddPdf(this IServiceCollection services)
    {
        services.TryAddSingleton<PdfFontProvider>();
        return services;
    }
}
