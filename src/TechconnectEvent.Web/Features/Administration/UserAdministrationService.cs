using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.Web.Features.Administration;

public sealed record UserSummary(string Id, string Email, string? DisplayName, IReadOnlyList<string> Roles, DateTimeOffset? LockedOutUntil,
    int? OrganizationId = null, string? OrganizationName = null);

/// <summary>Outcome of an administration command: success, or coded errors a page translates.</summary>
public sealed record AdminResult(bool Succeeded, IReadOnlyList<string> ErrorCodes, string? GeneratedPassword = null)
{
    public static AdminResult Ok(string? generatedPassword = null) => new(true, [], generatedPassword);
    public static AdminResult Fail(params string[] codes) => new(false, codes);
}

/// <summary>
/// Users and roles. Each operation runs in its own service scope, so a long-lived Blazor circuit never holds
/// a stale Identity context.
/// </summary>
public sealed class UserAdministrationService(IServiceScopeFactory scopes)
{
    public const string LastOrganiserError = "LastOrganiser";
    public const string UnknownRoleError = "UnknownRole";
    public const string NotFoundError = "UserNotFound";
    public const string ConcurrencyError = "ConcurrencyFailure";

    public async Task<IReadOnlyList<UserSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var all = await users.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(cancellationToken);
        var organizationNames = await scope.ServiceProvider.GetRequiredService<EventDbContext>().Organizations.AsNoTracking()
            .ToDictionaryAsync(o => o.Id, o => o.Name.Current, cancellationToken);
        var result = new List<UserSummary>(all.Count);
        foreach (var user in all)
        {
            var roles = await users.GetRolesAsync(user);
            var lockedUntil = user.LockoutEnd is { } end && end > DateTimeOffset.UtcNow ? end : (DateTimeOffset?)null;
            result.Add(new UserSummary(user.Id, user.Email ?? user.UserName ?? "", user.DisplayName, roles.Order().ToList(), lockedUntil,
                user.OrganizationId, user.OrganizationId is { } org ? organizationNames.GetValueOrDefault(org) : null));
        }
        return result;
    }

    /// <param name="organizationId">
    /// For Exhibitor users: the organisation they act for. The Users page requires it; the operator command may
    /// leave it out, and such an Exhibitor reaches no record until an organiser links one (ownership fails closed).
    /// </param>
    public async Task<AdminResult> CreateAsync(string email, string? displayName, IReadOnlyCollection<string> roles, string? password, int? organizationId = null)
    {
        if (roles.Any(r => !Roles.IsKnown(r)))
        {
            return AdminResult.Fail(UnknownRoleError);
        }
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        await EnsureRolesAsync(scope.ServiceProvider);

        var generated = string.IsNullOrEmpty(password) ? GeneratePassword() : null;
        var user = new ApplicationUser
        {
            UserName = email.Trim(), Email = email.Trim(), EmailConfirmed = true, DisplayName = displayName?.Trim(),
            OrganizationId = roles.Contains(Roles.Exhibitor) ? organizationId : null,
        };
        var created = await users.CreateAsync(user, password is { Length: > 0 } ? password : generated!);
        if (!created.Succeeded)
        {
            return AdminResult.Fail(created.Errors.Select(e => e.Code).ToArray());
        }
        if (roles.Count > 0)
        {
            var added = await users.AddToRolesAsync(user, roles);
            if (!added.Succeeded)
            {
                await users.DeleteAsync(user);
                return AdminResult.Fail(added.Errors.Select(e => e.Code).ToArray());
            }
        }
        return AdminResult.Ok(generated);
    }

    /// <summary>
    /// Replaces a user's roles, and for an Exhibitor the organisation they act for (kept when not given; cleared
    /// when the user is no longer an Exhibitor). The last organiser cannot lose the role: someone must run the fair.
    /// </summary>
    public async Task<AdminResult> SetRolesAsync(string userId, IReadOnlyCollection<string> roles, int? organizationId = null)
    {
        if (roles.Any(r => !Roles.IsKnown(r)))
        {
            return AdminResult.Fail(UnknownRoleError);
        }
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return AdminResult.Fail(NotFoundError);
        }
        var current = await users.GetRolesAsync(user);
        if (current.Contains(Roles.Organiser) && !roles.Contains(Roles.Organiser)
            && (await users.GetUsersInRoleAsync(Roles.Organiser)).Count <= 1)
        {
            return AdminResult.Fail(LastOrganiserError);
        }
        var organization = roles.Contains(Roles.Exhibitor) ? organizationId ?? user.OrganizationId : null;
        if (organization != user.OrganizationId)
        {
            user.OrganizationId = organization;
            // The organisation travels in the sign-in cookie: a new stamp makes the old cookie invalid at the next check.
            await users.UpdateSecurityStampAsync(user);
        }
        var removed = await users.RemoveFromRolesAsync(user, current.Except(roles));
        if (!removed.Succeeded)
        {
            return AdminResult.Fail(removed.Errors.Select(e => e.Code).ToArray());
        }
        var added = await users.AddToRolesAsync(user, roles.Except(current));
        return added.Succeeded ? AdminResult.Ok() : AdminResult.Fail(added.Errors.Select(e => e.Code).ToArray());
    }

    public async Task<AdminResult> SetLockedAsync(string userId, bool locked)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return AdminResult.Fail(NotFoundError);
        }
        if (locked && await users.IsInRoleAsync(user, Roles.Organiser)
            && (await users.GetUsersInRoleAsync(Roles.Organiser)).Count(u => u.LockoutEnd is null || u.LockoutEnd <= DateTimeOffset.UtcNow) <= 1)
        {
            return AdminResult.Fail(LastOrganiserError);
        }
        await users.SetLockoutEnabledAsync(user, true);
        var result = await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        if (result.Succeeded && !locked)
        {
            await users.ResetAccessFailedCountAsync(user);
        }
        return result.Succeeded ? AdminResult.Ok() : AdminResult.Fail(result.Errors.Select(e => e.Code).ToArray());
    }

    public async Task<AdminResult> ResetPasswordAsync(string userId)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return AdminResult.Fail(NotFoundError);
        }
        var password = GeneratePassword();
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, password);
        return result.Succeeded ? AdminResult.Ok(password) : AdminResult.Fail(result.Errors.Select(e => e.Code).ToArray());
    }

    public static async Task EnsureRolesAsync(IServiceProvider services)
    {
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    /// <summary>A 20-character password from an alphabet without look-alike characters.</summary>
    public static string GeneratePassword() =>
        RandomNumberGenerator.GetString("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 20);
}
