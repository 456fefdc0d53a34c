using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Administration;

public sealed record UserSummary(string Id, string Email, string? DisplayName, IReadOnlyList<string> Roles, DateTimeOffset? LockedOutUntil,
    int? OrganizationId = null, string? OrganizationName = null);

/// <summary>Outcome of an administration command: success, or coded errors a page translates.</summary>
public sealed record AdminResult(bool Succeeded, IReadOnlyList<string> ErrorCodes, string? GeneratedPassword = null)
{
    public static AdminResult Ok(string? generatedPassword = null) => new(true, [], generatedPassword);
    public static AdminResult Fail(params string[] codes) => new(false, codes);
    public static AdminResult Fail(IdentityResult result) => new(false, result.Errors.Select(e => e.Code).ToArray());
}

/// <summary>
/// Users and roles. Each operation runs in its own service scope, so a long-lived Blazor circuit never holds
/// a stale Identity context, and in one transaction with its audit rows. Every change to what a person may do
/// renews their security stamp, so open sessions and cookies lose the old rights at the next revalidation.
/// </summary>
/// <remarks>Methods take the acting person explicitly: this singleton cannot see a circuit's signed-in user.</remarks>
public sealed partial class UserAdministrationService(IServiceScopeFactory scopes, AuditTrail audit, TimeProvider time)
{
    public const string LastOrganiserError = "LastOrganiser";
    public const string UnknownRoleError = "UnknownRole";
    public const string NotFoundError = "UserNotFound";
    public const string BusyError = "Busy";
    public const string ConcurrencyError = "ConcurrencyFailure";
    public const string EntityType = "User";

    public async Task<IReadOnlyList<UserSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var all = await users.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(cancellationToken);
        var organizationNames = await scope.ServiceProvider.GetRequiredService<EventDbContext>().Organizations.AsNoTracking()
            .ToDictionaryAsync(o => o.Id, o => o.Name.Current, cancellationToken);
        var now = time.GetUtcNow();
        var result = new List<UserSummary>(all.Count);
        foreach (var user in all)
        {
            var roles = await users.GetRolesAsync(user);
            var lockedUntil = user.LockoutEnd is { } end && end > now ? end : (DateTimeOffset?)null;
            result.Add(new UserSummary(user.Id, user.Email ?? user.UserName ?? "", user.DisplayName, roles.Order().ToList(), lockedUntil,
                user.OrganizationId, user.OrganizationId is { } org ? organizationNames.GetValueOrDefault(org) : null));
        }
        return result;
    }

    /// <param name="organizationId">
    /// For Exhibitor users: the organisation they act for. The Users page requires it; the operator command may
    /// leave it out, and such an Exhibitor reaches no record until an organiser links one (ownership fails closed).
    /// </param>
    public async Task<AdminResult> CreateAsync(string email, string? displayName, IReadOnlyCollection<string> roles, string? password,
        int? organizationId = null, Actor? actor = null)
    {
        if (roles.Any(r => !Roles.IsKnown(r)))
        {
            return AdminResult.Fail(UnknownRoleError);
        }
        await using (var setup = scopes.CreateAsyncScope())
        {
            await EnsureRolesAsync(setup.ServiceProvider);
        }
        var generated = string.IsNullOrEmpty(password) ? GeneratePassword() : null;
        return await InTransactionAsync(async (users, db) =>
        {
            var user = new ApplicationUser
            {
                UserName = email.Trim(), Email = email.Trim(), EmailConfirmed = true, DisplayName = displayName?.Trim(),
                OrganizationId = roles.Contains(Roles.Exhibitor) ? organizationId : null,
            };
            var created = await users.CreateAsync(user, generated ?? password!);
            if (!created.Succeeded)
            {
                return AdminResult.Fail(created);
            }
            if (roles.Count > 0 && await users.AddToRolesAsync(user, roles) is { Succeeded: false } added)
            {
                return AdminResult.Fail(added);
            }
            var by = actor ?? Actor.System;
            audit.Add(db, by, "user.created", EntityType, user.Id,
                after: new { user.Email, user.DisplayName, Roles = roles.Order(StringComparer.Ordinal).ToArray() });
            if (user.OrganizationId is not null)
            {
                AuditOrganizationLink(db, by, user.Id, null, user.OrganizationId);
            }
            return AdminResult.Ok(generated);
        });
    }

    /// <summary>
    /// Replaces a user's roles, and for an Exhibitor the organisation they act for (kept when not given; cleared
    /// when the user is no longer an Exhibitor). The last organiser cannot lose the role: someone must run the fair.
    /// </summary>
    public async Task<AdminResult> SetRolesAsync(string userId, IReadOnlyCollection<string> roles, int? organizationId = null, Actor? actor = null)
    {
        if (roles.Any(r => !Roles.IsKnown(r)))
        {
            return AdminResult.Fail(UnknownRoleError);
        }
        return await InTransactionAsync(async (users, db) =>
        {
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
            var by = actor ?? Actor.System;
            var organization = roles.Contains(Roles.Exhibitor) ? organizationId ?? user.OrganizationId : null;
            var rolesChanged = !current.ToHashSet(StringComparer.Ordinal).SetEquals(roles);
            if (organization == user.OrganizationId && !rolesChanged)
            {
                return AdminResult.Ok();
            }
            if (organization != user.OrganizationId)
            {
                AuditOrganizationLink(db, by, user.Id, user.OrganizationId, organization);
                user.OrganizationId = organization;
            }
            if (await users.RemoveFromRolesAsync(user, current.Except(roles)) is { Succeeded: false } removed)
            {
                return AdminResult.Fail(removed);
            }
            if (await users.AddToRolesAsync(user, roles.Except(current)) is { Succeeded: false } added)
            {
                return AdminResult.Fail(added);
            }
            if (rolesChanged)
            {
                audit.Add(db, by, "user.roles_changed", EntityType, user.Id,
                    before: new { Roles = current.Order(StringComparer.Ordinal).ToArray() },
                    after: new { Roles = roles.Order(StringComparer.Ordinal).ToArray() });
            }
            // Roles and the organisation travel in the sign-in cookie and the circuit's principal: a new stamp
            // makes both stale at their next check.
            var stamped = await users.UpdateSecurityStampAsync(user);
            return stamped.Succeeded ? AdminResult.Ok() : AdminResult.Fail(stamped);
        });
    }

    public async Task<AdminResult> SetLockedAsync(string userId, bool locked, Actor? actor = null) =>
        await InTransactionAsync(async (users, db) =>
        {
            var user = await users.FindByIdAsync(userId);
            if (user is null)
            {
                return AdminResult.Fail(NotFoundError);
            }
            var now = time.GetUtcNow();
            if (locked && await users.IsInRoleAsync(user, Roles.Organiser)
                && (await users.GetUsersInRoleAsync(Roles.Organiser)).Count(u => u.LockoutEnd is null || u.LockoutEnd <= now) <= 1)
            {
                return AdminResult.Fail(LastOrganiserError);
            }
            await users.SetLockoutEnabledAsync(user, true);
            var result = await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
            if (!result.Succeeded)
            {
                return AdminResult.Fail(result);
            }
            if (locked)
            {
                // Ends the person's signed-in sessions, not only their next sign-in.
                result = await users.UpdateSecurityStampAsync(user);
            }
            else
            {
                result = await users.ResetAccessFailedCountAsync(user);
            }
            if (!result.Succeeded)
            {
                return AdminResult.Fail(result);
            }
            audit.Add(db, actor ?? Actor.System, locked ? "user.locked" : "user.unlocked", EntityType, user.Id);
            return AdminResult.Ok();
        });

    /// <summary>Sets a generated password, shown once to the organiser; the audit row records the reset, never the password.</summary>
    public async Task<AdminResult> ResetPasswordAsync(string userId, Actor? actor = null) =>
        await InTransactionAsync(async (users, db) =>
        {
            var user = await users.FindByIdAsync(userId);
            if (user is null)
            {
                return AdminResult.Fail(NotFoundError);
            }
            var password = GeneratePassword();
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var result = await users.ResetPasswordAsync(user, token, password);
            if (!result.Succeeded)
            {
                return AdminResult.Fail(result);
            }
            audit.Add(db, actor ?? Actor.System, "user.password_reset", EntityType, user.Id);
            return AdminResult.Ok(password);
        });

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

    private void AuditOrganizationLink(EventDbContext db, Actor actor, string userId, int? before, int? after) =>
        audit.Add(db, actor, after is null ? "user.organization_unlinked" : "user.organization_linked", EntityType, userId,
            before: new { OrganizationId = before }, after: new { OrganizationId = after });

    /// <summary>
    /// Identity saves after each of its calls; one transaction around them and the audit rows makes the whole
    /// operation land or none of it (a user whose roles failed to save is not left behind).
    /// </summary>
    private async Task<AdminResult> InTransactionAsync(Func<UserManager<ApplicationUser>, EventDbContext, Task<AdminResult>> operation)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var db = scope.ServiceProvider.GetRequiredService<EventDbContext>();
        try
        {
            // The write transaction of every service: the lock is taken up front, so the audit row and the change land together.
            await using var transaction = await db.BeginWriteAsync(CancellationToken.None);
            var result = await operation(users, db);
            if (result.Succeeded)
            {
                await db.SaveChangesAsync();
                await transaction.CommitAsync();
            }
            return result;
        }
        catch (Exception exception) when (StoreWrites.IsBusy(exception))
        {
            return AdminResult.Fail(BusyError);
        }
    }
}
