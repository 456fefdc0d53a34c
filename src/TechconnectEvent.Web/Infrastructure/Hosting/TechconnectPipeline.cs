using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using TechconnectEvent.Web.Components;
using TechconnectEvent.Web.Components.Account;
using TechconnectEvent.Web.Features.CheckIns;
using TechconnectEvent.Web.Features.Connections;
using TechconnectEvent.Web.Features.Forum;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Registrations;
using TechconnectEvent.Web.Features.Registrations.Admin;
using TechconnectEvent.Web.Features.Registrations.Badges;
using TechconnectEvent.Web.Features.Reports;
using TechconnectEvent.Web.Infrastructure.Jobs;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.Web.Infrastructure.Hosting;

public static class TechconnectPipeline
{
    public static WebApplication UseTechconnectPipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);

        app.UseProductLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        // After localization, so that a refused visitor reads the refusal in their language.
        app.UseRateLimiter();
        app.UsePublicPages();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapHealthChecks("/health", new HealthCheckOptions { ResultStatusCodes = { [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy] = 503 } });
        app.MapCultureEndpoint();
        app.MapAdditionalIdentityEndpoints();
        app.MapAuditLog();
        app.MapBackgroundJobs();
        app.MapReports();
        app.MapBadges();
        app.MapExhibitors();
        app.MapBoothManagement();
        app.MapRegistrations();
        app.MapRegistrationsAdmin();
        app.MapCheckIns();
        app.MapForum();
        app.MapTechConnections();
        app.MapListExports();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
