using System.CommandLine;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.Web.Infrastructure.Commands;

/// <summary><c>user add --email E --role R [--password P] [--name N] [--organization O]</c>.</summary>
internal static class UserAddCommand
{
    public static Command Build(Func<IServiceProvider> services, TextWriter output, TextWriter error)
    {
        var email = new Option<string>("--email") { Description = "E-mail address, also the sign-in name.", Required = true };
        var role = new Option<string>("--role") { Description = $"One of: {string.Join(", ", Roles.All)}.", Required = true };
        role.AcceptOnlyFromAmong([.. Roles.All]);
        var password = new Option<string?>("--password") { Description = "At least 12 characters; generated and printed when omitted." };
        var name = new Option<string?>("--name") { Description = "Display name." };
        var organization = new Option<string?>("--organization") { Description = "For an Exhibitor: the organisation it acts for, by name or id." };
        var add = new Command("add", "Create a user with a role.") { email, role, password, name, organization };
        add.Validators.Add(result =>
        {
            if (result.GetValue(organization) is not null && result.GetValue(role) is { } chosen && chosen != Roles.Exhibitor)
            {
                result.AddError("--organization applies to the Exhibitor role only.");
            }
        });
        add.SetAction(async (parse, cancellationToken) =>
        {
            var provider = services();
            await DatabaseInitializer.MigrateAsync(provider, cancellationToken);
            var admin = provider.GetRequiredService<UserAdministrationService>();
            int? organizationId = null;
            if (parse.GetValue(organization) is { } wanted)
            {
                var lookup = await admin.FindOrganizationAsync(wanted, cancellationToken);
                if (lookup.Error is not null)
                {
                    await error.WriteLineAsync(lookup.Error);
                    return 1;
                }
                organizationId = lookup.Id;
            }
            var result = await admin.CreateAsync(parse.GetRequiredValue(email), parse.GetValue(name), [parse.GetRequiredValue(role)], parse.GetValue(password), organizationId);
            if (!result.Succeeded)
            {
                await error.WriteLineAsync($"User not created: {string.Join(", ", result.ErrorCodes)}");
                return 1;
            }
            await output.WriteLineAsync($"User {parse.GetRequiredValue(email)} created with role {parse.GetRequiredValue(role)}.");
            if (result.GeneratedPassword is not null)
            {
                await output.WriteLineAsync($"Generated password (shown once): {result.GeneratedPassword}");
            }
            return 0;
        });
        return add;
    }
}
