using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using MudBlazor.Services;
using TechconnectEvent.Web.Components.Account;
using TechconnectEvent.Web.Features.CheckIns;
using TechconnectEvent.Web.Features.Connections;
using TechconnectEvent.Web.Features.Forum;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Allocation;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Directory;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.FloorPlan;
using TechconnectEvent.Web.Features.Home;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Features.Registrations;
using TechconnectEvent.Web.Features.Registrations.Admin;
using TechconnectEvent.Web.Features.Registrations.Badges;
using TechconnectEvent.Web.Features.Reports;
using TechconnectEvent.Web.Features.Zones;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.Jobs;
using TechconnectEvent.Web.Infrastructure.Mail;
using TechconnectEvent.Web.Infrastructure.Pdf;

namespace TechconnectEvent.Web.Infrastructure.Hosting;

public static class TechconnectServices
{
    public static WebApplicationBuilder AddTechconnectServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;

        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices(options => options.SnackbarConfiguration.PositionClass = MudBlazor.Defaults.Classes.Position.BottomRight);
        // Vietnamese must reach the browser as text, not as &#x...; entities.
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.AddSingleton(TimeProvider.System);

        services.AddProductLocalization();
        services.AddEventData();
        // Keys in the database: a restart or a second instance still reads sign-in cookies and antiforgery tokens.
        // A fixed name, not the content root, so that instances installed in different folders share the ring.
        services.AddDataProtection().SetApplicationName("TechconnectEvent").PersistKeysToDbContext<EventDbContext>();
        services.AddIdentityAndRoles();
        services.AddHealthChecks().AddDbContextCheck<EventDbContext>("database");

        services.AddAuditing();
        services.AddLiveUpdates();
        services.AddMail();
        services.AddBackgroundJobs();
        services.AddEditions();
        services.AddHome();
        services.AddAdministration();
        services.AddPdf();
        services.AddReports();
        services.AddBadges();
        services.AddAllocation();
        services.AddExhibitors();
        services.AddOrganizations();
        services.AddZones();
        services.AddFloorPlan();
        services.AddDirectory();
        services.AddBoothManagement();
        services.AddRegistrations();
        services.AddRegistrationsAdmin();
        services.AddCheckIns();
        services.AddForum();
        services.AddTechConnections();
        services.AddPublicPages();
        services.AddRateLimits(builder.Configuration);
        return builder;
    }

    private static IServiceCollection AddIdentityAndRoles(this IServiceCollection services)
    {
        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.AddAuthorization(Policies.Configure);

        services.AddIdentityCore<ApplicationUser>(options =>
            {
                options.SignIn.RequireConfirmedAccount = false;
                options.User.RequireUniqueEmail = true;
                // Length protects better than composition rules (NIST SP 800-63B).
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<EventDbContext>()
            .AddClaimsPrincipalFactory<ProductClaimsFactory>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services.AddAccessRevalidation();

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.Cookie.Name = "Techconnect.Auth";
            options.Cookie.SameSite = SameSiteMode.Lax;
        });
        return services;
    }
}
