using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Operations;
using TechconnectEvent.Web.Infrastructure.Text;

namespace TechconnectEvent.Web.Infrastructure.Mail;

/// <summary>What the outbox page narrows to: a status and text found in the recipient's address or name.</summary>
public sealed record OutboxFilter(OutboxStatus? Status = null, string? Recipient = null)
{
    public static OutboxFilter None { get; } = new();
}

public sealed record OutboxRow(long Id, string ToAddress, string? ToName, string Subject, string Template, OutboxStatus Status,
    int Attempts, string? LastError, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, DateTimeOffset NextAttemptAt, long Version);

public sealed record OutboxPage(IReadOnlyList<OutboxRow> Rows, int Total);

public sealed record OutboxDetails(OutboxRow Message, string TextBody, IReadOnlyList<string> AttachmentNames);

public static class OutboxErrors
{
    /// <summary>Only a message that was sent or gave up can be sent again; a pending one is still on its way.</summary>
    public static OperationError NotResendable { get; } = OperationError.Of("Outbox.NotResendable");
}

/// <summary>
/// The organisers' view of the outbox: what is waiting, what went, what failed and why, and sending a message
/// again (audited, in the same transaction).
/// </summary>
public sealed class OutboxAdministration(
    IDbContextFactory<EventDbContext> contexts, AuditTrail audit, ICurrentActor actors, OutboxSignal signal, TimeProvider time)
{
    public const int MaxPageSize = 200;
    public const string AuditKind = "OutboxMessage";
    public const string ResentAction = "outbox.resent";

    public async Task<OutboxPage> PageAsync(OutboxFilter filter, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Outbox.AsNoTracking();
        if (filter.Status is { } status)
        {
            query = query.Where(m => m.Status == status);
        }
        if (!string.IsNullOrWhiteSpace(filter.Recipient))
        {
            var pattern = TextFolding.ContainsPattern(filter.Recipient.Trim());
            query = query.Where(m => EF.Functions.Like(m.ToAddress, pattern, TextFolding.LikeEscape)
                                     || (m.ToName != null && EF.Functions.Like(m.ToName, pattern, TextFolding.LikeEscape)));
        }
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .Skip(Math.Max(page, 0) * pageSize).Take(pageSize)
            .Select(m => new OutboxRow(m.Id, m.ToAddress, m.ToName, m.Subject, m.Template, m.Status, m.Attempts, m.LastError,
                m.CreatedAt, m.SentAt, m.NextAttemptAt, m.Version))
            .ToListAsync(cancellationToken);
        return new OutboxPage(rows, total);
    }

    public async Task<OutboxDetails?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var m = await db.Outbox.AsNoTracking().Include(x => x.Attachments).SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
        return m is null
            ? null
            : new OutboxDetails(
                new OutboxRow(m.Id, m.ToAddress, m.ToName, m.Subject, m.Template, m.Status, m.Attempts, m.LastError,
                    m.CreatedAt, m.SentAt, m.NextAttemptAt, m.Version),
                m.TextBody,
                [.. m.Attachments.Select(a => a.FileName)]);
    }

    /// <summary>
    /// Puts a sent or failed message back in the queue, due now with its tries reset. <paramref name="expectedVersion"/>
    /// is the version the organiser saw: a message the worker or someone else changed meanwhile is a conflict.
    /// </summary>
    public async Task<OperationResult> ResendAsync(long id, long expectedVersion, CancellationToken cancellationToken = default)
    {
        var actor = await actors.GetAsync();
        if (!actor.IsOrganiser)
        {
            return OperationResult.Fail(CommonErrors.Forbidden);
        }
        return await contexts.WriteAsync<EventDbContext, long>(async db =>
            {
                var message = await db.Outbox.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
                if (message is null)
                {
                    return OperationResult<long>.Fail(CommonErrors.NotFound);
                }
                if (message.Version != expectedVersion)
                {
                    return OperationResult<long>.Fail(CommonErrors.Concurrency);
                }
                if (message.Status == OutboxStatus.Pending)
                {
                    return OperationResult<long>.Fail(OutboxErrors.NotResendable);
                }
                var before = new { Status = message.Status.ToString(), message.Attempts };
                db.ExpectVersion(message, expectedVersion);
                message.Status = OutboxStatus.Pending;
                message.Attempts = 0;
                message.LastError = null;
                message.SentAt = null;
                message.NextAttemptAt = time.GetUtcNow();
                audit.Add(db, actor, ResentAction, AuditKind, message.Id, message.EditionId,
                    before, new { Status = message.Status.ToString(), message.Attempts }, details: message.ToAddress);
                return OperationResult<long>.Ok(message.Id);
            },
            cancellationToken,
            publish: _ => signal.Raise());
    }
}
