using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Infrastructure.Mail;

/// <summary>
/// One e-mail the product has to send, written in the same transaction as the change that causes it and sent
/// afterwards by the outbox worker. The message is rendered when it is written: what was decided is what is sent.
/// </summary>
public sealed class OutboxMessage : IVersioned
{
    public const int MaxAttempts = 8;

    public long Id { get; set; }
    /// <summary>The edition the message belongs to, when it belongs to one.</summary>
    public int? EditionId { get; set; }
    /// <summary>The template it was rendered from, e.g. "ExhibitorInvitation".</summary>
    public required string Template { get; set; }
    public required string ToAddress { get; set; }
    public string? ToName { get; set; }
    /// <summary>The recipient's language, "vi-VN" or "en-US".</summary>
    public required string Culture { get; set; }
    public required string Subject { get; set; }
    public required string HtmlBody { get; set; }
    public required string TextBody { get; set; }
    public OutboxStatus Status { get; set; } = OutboxStatus.Pending;
    public int Attempts { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>When the worker may try next (back-off after a failure).</summary>
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? LastError { get; set; }
    public List<OutboxAttachment> Attachments { get; set; } = [];
    public long Version { get; set; }
}

public sealed class OutboxAttachment
{
    public long Id { get; set; }
    public long OutboxMessageId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public required byte[] Content { get; set; }
    /// <summary>"kind:key" of a file rendered when the message is sent (then <see cref="Content"/> is empty).</summary>
    public string? Source { get; set; }
}

public enum OutboxStatus
{
    Pending = 0,
    Sent = 1,
    Failed = 2,
}
