using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Infrastructure.Mail;

/// <summary>
/// One pass over the outbox: every pending message that is due, oldest first, is claimed, sent and marked sent —
/// or, when sending fails, kept with its error and tried again later (<see cref="OutboxBackoff"/>) until it is
/// marked failed. Nothing here throws for a message that cannot be sent: the next one still goes.
/// </summary>
public sealed class OutboxSender(
    IDbContextFactory<EventDbContext> contexts,
    IMailTransport transport,
    MailOptions options,
    TimeProvider time,
    ILogger<OutboxSender> logger,
    IEnumerable<IMailAttachmentSource>? attachmentSources = null)
{
    /// <summary>
    /// How long a claim keeps other instances away. A worker that dies mid-send leaves the message pending and due
    /// again after it, so a message is sent at least once.
    /// </summary>
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(10);

    private const int MaxErrorLength = 500;

    /// <summary>Sends what is due now; returns how many messages were handled (sent or failed).</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        List<long> due;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            due = await db.Outbox.AsNoTracking()
                .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now)
                .OrderBy(m => m.CreatedAt).ThenBy(m => m.Id)
                .Select(m => m.Id)
                .Take(options.BatchSize)
                .ToListAsync(cancellationToken);
        }

        var handled = 0;
        foreach (var id in due)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                if (await SendOneAsync(id, cancellationToken))
                {
                    handled++;
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The database itself failed (locked, gone): the message keeps its state and the next pass retries.
                logger.LogWarning(exception, "Outbox message {MessageId} could not be processed; it stays in the outbox.", id);
            }
        }
        return handled;
    }

    private async Task<bool> SendOneAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var message = await db.Outbox.Include(m => m.Attachments).SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        var now = time.GetUtcNow();
        if (message is not { Status: OutboxStatus.Pending } || message.NextAttemptAt > now)
        {
            return false;
        }

        // The claim: the version moves, so an instance that loaded the same message fails its own claim.
        message.NextAttemptAt = now + ClaimLease;
        message.Touch();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }

        Exception? failure = null;
        try
        {
            var attachments = await AttachmentsAsync(message, cancellationToken);
            await transport.SendAsync(OutboxMimeMessage.Build(message, options.From, attachments), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            failure = exception;
        }

        var finished = time.GetUtcNow();
        if (failure is null)
        {
            message.Status = OutboxStatus.Sent;
            message.SentAt = finished;
            message.LastError = null;
        }
        else
        {
            message.Attempts++;
            message.LastError = Describe(failure);
            var wait = OutboxBackoff.After(message.Attempts);
            if (wait is { } delay)
            {
                message.NextAttemptAt = finished + delay;
            }
            else
            {
                message.Status = OutboxStatus.Failed;
            }
            logger.LogWarning("Outbox message {MessageId} to {Template} failed (try {Attempts}): {Error}",
                message.Id, message.Template, message.Attempts, message.LastError);
        }
        message.Touch();
        await db.SaveChangesAsync(CancellationToken.None);
        return true;
    }

    /// <summary>
    /// The files as they go out: stored ones as they are, the others rendered now in the recipient's language. A
    /// source with nothing to send any more (the e-ticket of a registration cancelled meanwhile) is left out; an
    /// unknown kind or a failing render fails this attempt, which is retried like any other failure.
    /// </summary>
    private async Task<List<MailAttachment>> AttachmentsAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var files = new List<MailAttachment>();
        foreach (var attachment in message.Attachments)
        {
            if (attachment.Source is not { } source)
            {
                files.Add(new MailAttachment(attachment.FileName, attachment.ContentType, attachment.Content));
                continue;
            }
            var separator = source.IndexOf(':');
            var kind = separator < 0 ? source : source[..separator];
            var renderer = (attachmentSources ?? []).FirstOrDefault(s => s.Kind == kind)
                ?? throw new InvalidOperationException($"No renderer for attachments of kind '{kind}'.");
            var content = await renderer.RenderAsync(source[(separator + 1)..], System.Globalization.CultureInfo.GetCultureInfo(message.Culture), cancellationToken);
            if (content is not null)
            {
                files.Add(new MailAttachment(attachment.FileName, attachment.ContentType, content));
            }
        }
        return files;
    }

    /// <summary>What went wrong, short enough for the outbox page, and never with the SMTP password in it.</summary>
    private string Describe(Exception exception)
    {
        var text = $"{exception.GetType().Name}: {exception.Message}";
        if (!string.IsNullOrEmpty(options.SmtpPassword))
        {
            text = text.Replace(options.SmtpPassword, "***", StringComparison.Ordinal);
        }
        return text.Length <= MaxErrorLength ? text : text[..(MaxErrorLength - 1)] + "…";
    }
}
