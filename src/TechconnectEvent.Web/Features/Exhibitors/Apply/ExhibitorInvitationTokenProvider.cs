using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using TechconnectEvent.Web.Features.Administration;

namespace TechconnectEvent.Web.Features.Exhibitors.Apply;

/// <summary>
/// The link an online applicant receives to set a first password: its own provider, protector purpose and lifespan
/// (7 days, not the password reset's 1 day). The base class reads the machine's clock and its options offer no
/// TimeProvider, so the token is written and checked here on the app's clock, which tests can move past the 7 days.
/// Single use comes from the security stamp: setting the password renews it and the token no longer validates.
/// </summary>
public sealed class ExhibitorInvitationTokenProvider(
    IDataProtectionProvider dataProtectionProvider,
    IOptions<ExhibitorInvitationTokenProviderOptions> options,
    ILogger<DataProtectorTokenProvider<ApplicationUser>> logger,
    TimeProvider time)
    : DataProtectorTokenProvider<ApplicationUser>(dataProtectionProvider, options, logger)
{
    public const string ProviderName = "ExhibitorInvitation";
    public const string Purpose = "SetFirstPassword";
    public static readonly TimeSpan Lifespan = TimeSpan.FromDays(7);

    public override async Task<string> GenerateAsync(string purpose, UserManager<ApplicationUser> manager, ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        using var buffer = new MemoryStream();
        await using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(time.GetUtcNow().UtcTicks);
            writer.Write(await manager.GetUserIdAsync(user));
            writer.Write(purpose);
            writer.Write(await manager.GetSecurityStampAsync(user) ?? "");
        }
        return Convert.ToBase64String(Protector.Protect(buffer.ToArray()));
    }

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<ApplicationUser> manager, ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        try
        {
            using var reader = new BinaryReader(new MemoryStream(Protector.Unprotect(Convert.FromBase64String(token))), Encoding.UTF8);
            var created = new DateTimeOffset(reader.ReadInt64(), TimeSpan.Zero);
            var userId = reader.ReadString();
            var tokenPurpose = reader.ReadString();
            var stamp = reader.ReadString();
            return created + Options.TokenLifespan >= time.GetUtcNow()
                && userId == await manager.GetUserIdAsync(user)
                && tokenPurpose == purpose
                && stamp == (await manager.GetSecurityStampAsync(user) ?? "");
        }
        catch (Exception exception) when (exception is FormatException or CryptographicException or EndOfStreamException or IOException)
        {
            // A damaged or foreign code is simply not valid.
            return false;
        }
    }
}

public sealed class ExhibitorInvitationTokenProviderOptions : DataProtectionTokenProviderOptions
{
    public ExhibitorInvitationTokenProviderOptions()
    {
        Name = ExhibitorInvitationTokenProvider.ProviderName;
        TokenLifespan = ExhibitorInvitationTokenProvider.Lifespan;
    }
}
