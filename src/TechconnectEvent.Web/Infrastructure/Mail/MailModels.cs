namespace TechconnectEvent.Web.Infrastructure.Mail;

/// <summary>Who receives a message and in which language ("vi-VN" or "en-US") it is written.</summary>
public sealed record MailRecipient(string Address, string? Name, string Culture);

/// <summary>
/// A file sent with a message (an e-ticket, a schedule): either its bytes, or a <paramref name="Source"/>
/// ("kind:key") that an <see cref="IMailAttachmentSource"/> renders when the message is sent — so that a request
/// that queues a mail does not pay for drawing a PDF, and the file shows the record as it is when it leaves.
/// </summary>
public sealed record MailAttachment(string FileName, string ContentType, byte[] Content, string? Source = null)
{
    public static MailAttachment RenderedAtSending(string kind, string key, string fileName, string contentType) =>
        new(fileName, contentType, [], $"{kind}:{key}");
}

/// <summary>Renders the attachments of one kind when the outbox sends them (see <see cref="MailAttachment.Source"/>).</summary>
public interface IMailAttachmentSource
{
    string Kind { get; }

    /// <summary>The file for <paramref name="key"/> in the recipient's language; null when there is nothing to send any more.</summary>
    Task<byte[]?> RenderAsync(string key, System.Globalization.CultureInfo culture, CancellationToken cancellationToken);
}

/// <summary>
/// What to send: a template and the values its placeholders take. Values are plain text (HTML-encoded when the
/// HTML part is rendered); links must be absolute (<see cref="PublicLinks"/>).
/// </summary>
public sealed record MailDraft(
    string Template,
    MailRecipient To,
    IReadOnlyDictionary<string, string> Values,
    int? EditionId = null,
    IReadOnlyList<MailAttachment>? Attachments = null);
