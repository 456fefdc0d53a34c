using MimeKit;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Mail;

namespace TechconnectEvent.UnitTests.Mail;

/// <summary>A transport that keeps what it was given, or fails as told.</summary>
internal sealed class RecordingTransport : IMailTransport
{
    public List<MimeMessage> Sent { get; } = [];

    /// <summary>Thrown for every message whose subject contains the key.</summary>
    public Dictionary<string, Exception> FailWhenSubjectContains { get; } = [];

    /// <summary>Runs before a message is taken, to interleave another sender.</summary>
    public Func<Task>? WhileSending { get; set; }

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        if (WhileSending is not null)
        {
            await WhileSending();
        }
        foreach (var (key, exception) in FailWhenSubjectContains)
        {
            if ((message.Subject ?? "").Contains(key, StringComparison.Ordinal))
            {
                throw exception;
            }
        }
        Sent.Add(message);
    }
}

internal static class OutboxTestSupport
{
    public static MailOptions Options(string? pickupFolder = null, string? password = null) => new()
    {
        PickupFolder = pickupFolder ?? Path.Combine(Path.GetTempPath(), "tc-mail-unused"),
        SmtpPassword = password,
        BatchSize = 20,
    };

    /// <summary>A rendered message as the outbox stores it, due at <paramref name="due"/>.</summary>
    public static OutboxMessage Message(DateTimeOffset created, string subject = "Thư mời tham gia Techconnect 2023",
        DateTimeOffset? due = null, int attempts = 0) => new()
    {
        Template = "ExhibitorInvitation",
        ToAddress = "lan.nguyen@vast.vn",
        ToName = "Nguyễn Thị Lan",
        Culture = "vi-VN",
        Subject = subject,
        HtmlBody = "<p>Xin chào Nguyễn Thị Lan</p>",
        TextBody = "Xin chào Nguyễn Thị Lan",
        CreatedAt = created,
        NextAttemptAt = due ?? created,
        Attempts = attempts,
    };

    public static OutboxMessage Add(this TestDatabase database, OutboxMessage message)
    {
        using var db = database.CreateDbContext();
        db.Outbox.Add(message);
        db.SaveChanges();
        return message;
    }

    public static OutboxMessage Reload(this TestDatabase database, long id)
    {
        using EventDbContext db = database.CreateDbContext();
        return db.Outbox.Single(m => m.Id == id);
    }
}
