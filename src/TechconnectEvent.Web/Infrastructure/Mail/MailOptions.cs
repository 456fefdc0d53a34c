using MailKit.Security;
using MimeKit;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.Web.Infrastructure.Mail;

/// <summary>
/// How mail leaves the app, from <c>Smtp:*</c> and <c>Mail:*</c>: through an SMTP server when <c>Smtp:Host</c> is
/// set, else as .eml files in the pickup folder (which a developer opens in any mail program).
/// </summary>
public sealed record MailOptions
{
    public const string DefaultFrom = "TechconnectEvent <no-reply@localhost>";
    public const string DefaultPickupFolder = "mail";

    public string? SmtpHost { get; init; }
    public int SmtpPort { get; init; } = 587;
    public string? SmtpUser { get; init; }
    public string? SmtpPassword { get; init; }
    /// <summary>STARTTLS unless <c>Smtp:Security</c> says otherwise; <c>None</c> is for a relay on the same machine.</summary>
    public SecureSocketOptions SmtpSecurity { get; init; } = SecureSocketOptions.StartTls;
    public MailboxAddress From { get; init; } = MailboxAddress.Parse(DefaultFrom);
    public required string PickupFolder { get; init; }
    public bool WorkerEnabled { get; init; } = true;
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(5);
    public int BatchSize { get; init; } = 20;

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(SmtpHost);

    /// <summary>
    /// Reads the settings; a relative pickup folder is relative to the content root, and the default is
    /// <c>App_Data/mail</c> beside the database's default folder. A malformed value stops the start with its key named.
    /// </summary>
    public static MailOptions Read(IConfiguration configuration, string contentRoot)
    {
        var folder = configuration["Mail:PickupFolder"];
        return new MailOptions
        {
            SmtpHost = configuration["Smtp:Host"]?.Trim(),
            SmtpPort = Number(configuration, "Smtp:Port", 587, 1, 65535),
            SmtpUser = configuration["Smtp:User"],
            SmtpPassword = configuration["Smtp:Password"],
            SmtpSecurity = Security(configuration["Smtp:Security"]),
            From = Address(configuration["Smtp:From"]),
            PickupFolder = Path.GetFullPath(string.IsNullOrWhiteSpace(folder)
                ? Path.Combine(DataServiceCollectionExtensions.DataFolderName, DefaultPickupFolder)
                : folder, contentRoot),
            WorkerEnabled = !bool.TryParse(configuration["Mail:Worker:Enabled"], out var enabled) || enabled,
            PollInterval = TimeSpan.FromSeconds(Number(configuration, "Mail:Worker:PollSeconds", 5, 1, 3600)),
            BatchSize = Number(configuration, "Mail:Worker:BatchSize", 20, 1, 500),
        };
    }

    private static int Number(IConfiguration configuration, string key, int fallback, int min, int max)
    {
        var value = configuration[key];
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }
        return int.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : throw new InvalidOperationException($"{key} must be a whole number from {min} to {max}; it is '{value}'.");
    }

    private static SecureSocketOptions Security(string? value) =>
        string.IsNullOrWhiteSpace(value) ? SecureSocketOptions.StartTls
        : Enum.TryParse<SecureSocketOptions>(value, ignoreCase: true, out var security) && Enum.IsDefined(security) ? security
        : throw new InvalidOperationException($"Smtp:Security must be StartTls, SslOnConnect, StartTlsWhenAvailable, Auto or None; it is '{value}'.");

    private static MailboxAddress Address(string? value) =>
        string.IsNullOrWhiteSpace(value) ? MailboxAddress.Parse(DefaultFrom)
        : MailboxAddress.TryParse(value, out var address) ? address
        : throw new InvalidOperationException($"Smtp:From is not an e-mail address: '{value}'.");
}
