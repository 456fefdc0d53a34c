using MailKit.Net.Smtp;
using MimeKit;

namespace TechconnectEvent.Web.Infrastructure.Mail;

/// <summary>Hands one message to whatever delivers it. A failure throws; the outbox decides when to try again.</summary>
public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}

/// <summary>Delivers through the configured SMTP server (MailKit), one connection per message.</summary>
public sealed class SmtpMailTransport(MailOptions options) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient();
        await client.ConnectAsync(options.SmtpHost ?? throw new InvalidOperationException("Smtp:Host is not set."), options.SmtpPort, options.SmtpSecurity, cancellationToken);
        if (!string.IsNullOrEmpty(options.SmtpUser))
        {
            await client.AuthenticateAsync(options.SmtpUser, options.SmtpPassword ?? "", cancellationToken);
        }
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}

/// <summary>
/// Writes each message as an .eml file into the pickup folder, for development and for fairs without a mail
/// server. A reader never sees half a file: it is written under a temporary name and then renamed.
/// </summary>
public sealed class PickupFolderTransport(MailOptions options, TimeProvider time) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(options.PickupFolder);
        // Sortable by the time it was written, unique without coordination between instances.
        var name = $"{time.GetUtcNow():yyyyMMdd'T'HHmmssfffffff'Z'}-{Guid.NewGuid():N}";
        var temporary = Path.Combine(options.PickupFolder, name + ".tmp");
        try
        {
            await message.WriteToAsync(temporary, cancellationToken);
            File.Move(temporary, Path.Combine(options.PickupFolder, name + ".eml"));
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
