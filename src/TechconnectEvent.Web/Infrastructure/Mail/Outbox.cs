using Microsoft.EntityFrameworkCore;

namespace TechconnectEvent.Web.Infrastructure.Mail;

/// <summary>
/// Writes messages into the outbox of the caller's context, so that they are saved (or dropped) with the change
/// that causes them. Nothing is sent here: the outbox worker sends after the commit, woken by
/// <paramref name="signal"/> once the context has saved.
/// </summary>
public sealed class Outbox(MailTemplates templates, TimeProvider time, OutboxSignal? signal = null)
{
    public OutboxMessage Add(DbContext db, MailDraft draft)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(draft);
        var rendered = templates.Render(draft.Template, draft.To.Culture, draft.Values);
        var now = time.GetUtcNow();
        var message = new OutboxMessage
        {
            EditionId = draft.EditionId,
            Template = draft.Template,
            ToAddress = draft.To.Address.Trim(),
            ToName = draft.To.Name,
            Culture = draft.To.Culture,
            Subject = rendered.Subject,
            HtmlBody = rendered.Html,
            TextBody = rendered.Text,
            CreatedAt = now,
            NextAttemptAt = now,
            Attachments = (draft.Attachments ?? [])
                .Select(a => new OutboxAttachment { FileName = a.FileName, ContentType = a.ContentType, Content = a.Content, Source = a.Source })
                .ToList(),
        };
        db.Set<OutboxMessage>().Add(message);
        if (signal is not null)
        {
            db.SavedChanges += WakeWorker;
        }
        return message;
    }

    private void WakeWorker(object? sender, SavedChangesEventArgs e)
    {
        ((DbContext)sender!).SavedChanges -= WakeWorker;
        signal!.Raise();
    }
}
