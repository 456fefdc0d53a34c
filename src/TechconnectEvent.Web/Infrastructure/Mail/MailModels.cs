namespace TechconnectEvent.Web.Infrastructure.Mail;

/// <summary>Who receives a message and in which language ("vi-VN" or "en-US") it is written.</summary>
public sealed record MailRecipient(string Address, string? Name, string Culture);

/// <summary>A file sent with a message (an e-ticket, a schedule).</summary>
public sealed record MailAttachment(string FileName, string ContentType, byte[] Content);

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
