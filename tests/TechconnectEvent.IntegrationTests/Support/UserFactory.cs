using Microsoft.Extensions.DependencyInjection;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Testing;

namespace TechconnectEvent.IntegrationTests.Support;

public static class UserFactory
{
    public const string Password = "twelve chars or more";

    /// <summary>Creates a user with one role and a known password; returns the e-mail.</summary>
    public static async Task<string> CreateUserAsync(this TechconnectAppFactory factory, string role)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.local";
        var result = await factory.Services.GetRequiredService<UserAdministrationService>().CreateAsync(email, null, [role], Password);
        Assert.True(result.Succeeded, string.Join(", ", result.ErrorCodes));
        return email;
    }

    /// <summary>Creates an Exhibitor who acts for <paramref name="organizationId"/> (a connection contact); returns the e-mail.</summary>
    public static async Task<string> CreateContactAsync(this TechconnectAppFactory factory, int organizationId)
    {
        var email = $"contact-{Guid.NewGuid():N}@test.local";
        var result = await factory.Services.GetRequiredService<UserAdministrationService>().CreateAsync(email, null, [Roles.Exhibitor], Password, organizationId);
        Assert.True(result.Succeeded, string.Join(", ", result.ErrorCodes));
        return email;
    }
}
