using MimeKit;

namespace TechconnectEvent.Web.Infrastructure.Mail;

/// <summary>The MIME form of an outbox message: UTF-8 headers, a plain-text and an HTML alternative, its attachments.</summary>
public static class OutboxMimeMessage
{
    public static MimeMessage Build(OutboxMessage message, MailboxAddress from) =>
        Build(message, from, message.Attachments.Select(a => new MailAttachment(a.FileName, a.ContentType, a.Content)));

    /// <param name="attachments">The files as they go out (those rendered at sending already drawn).</param>
    public static MimeMessage Build(OutboxMessage message, MailboxAddress from, IEnumerable<MailAttachment> attachments)
    {
        var mime = new MimeMessage();
        mime.From.Add(from);
        mime.To.Add(new MailboxAddress(message.ToName ?? "", message.ToAddress));
        mime.Subject = message.Subject;
        mime.Date = message.CreatedAt;
        // Stable per message, so a receiving server can recognise a copy sent again after a lost acknowledgement.
        mime.MessageId = $"outbox-{message.Id}-{message.CreatedAt.UtcTicks}@{from.Domain}";
        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        foreach (var attachment in attachments)
        {
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        }
        mime.Body = body.ToMessageBody();
        return mime;
    }
}
