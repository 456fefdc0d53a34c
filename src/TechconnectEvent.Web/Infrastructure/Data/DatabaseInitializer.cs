using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Infrastructure.Data.Seeding;

namespace TechconnectEvent.Web.Infrastructure.Data;

public static class DatabaseInitializer
{
    public const string DefaultAdminEmail = "admin@techconnect.local";

    /// <summary>On start-up: apply migrations, create the roles, the first organiser and (unless disabled) the demo edition.</summary>
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, IConfiguration configuration, CancellationToken cancellationToken = default)
    {
        await MigrateAsync(services, cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        await UserAdministrationService.EnsureRolesAsync(provider);
        await EnsureBootstrapOrganiserAsync(provider, configuration);

        if (configuration.GetValue("Seed:Demo", true))
        {
            var seeder = provider.GetRequiredService<DemoSeeder>();
            await seeder.SeedAsync(cancellationToken);
        }
    }

    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var factory = services.GetRequiredService<IDbContextFactory<EventDbContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        await SearchKeyBackfill.RunAsync(db, cancellationToken);
    }

    /// <summary>
    /// When no organiser exists, creates one from Bootstrap:AdminEmail / Bootstrap:AdminPassword. Without a
    /// configured password a strong random one is generated and written to the log exactly once.
    /// </summary>
    public static async Task EnsureBootstrapOrganiserAsync(IServiceProvider services, IConfiguration configuration)
    {
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        if ((await users.GetUsersInRoleAsync(Roles.Organiser)).Count > 0)
        {
            return;
        }
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("TechconnectEvent.Bootstrap");
        var email = configuration["Bootstrap:AdminEmail"] is { Length: > 0 } configuredEmail ? configuredEmail : DefaultAdminEmail;
        var configuredPassword = configuration["Bootstrap:AdminPassword"];
        var password = string.IsNullOrEmpty(configuredPassword) ? UserAdministrationService.GeneratePassword() : configuredPassword;

        var user = await users.FindByEmailAsync(email);
        IdentityResult result;
        if (user is null)
        {
            user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Ban tổ chức" };
            result = await users.CreateAsync(user, password);
        }
        else
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            result = await users.ResetPasswordAsync(user, token, password);
        }
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Cannot create the first organiser {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
        await users.AddToRoleAsync(user, Roles.Organiser);

        if (string.IsNullOrEmpty(configuredPassword))
        {
            await PasswordChangeRequirement.RequireAsync(users, user);
            logger.LogWarning(
                "First organiser created. Sign in at /Account/Login as {Email} with the generated password {Password} — it is shown only this once; change it or set Bootstrap:AdminPassword.",
                email, password);
        }
        else
        {
            logger.LogInformation("First organiser created: {Email} (password from Bootstrap:AdminPassword).", email);
        }
    }
}
