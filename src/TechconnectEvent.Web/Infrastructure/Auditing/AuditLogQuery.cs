using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.Web.Infrastructure.Auditing;

/// <summary>What the audit log page and its export narrow to; every part optional. <c>To</c> is exclusive.</summary>
public sealed record AuditLogFilter(string? Person = null, string? EntityType = null, string? EntityId = null,
    DateTimeOffset? From = null, DateTimeOffset? To = null)
{
    public static AuditLogFilter None { get; } = new();
}

public sealed record AuditLogRow(long Id, DateTimeOffset At, string? UserName, string Action, string EntityType, string EntityId,
    string? Before, string? After, string? Details);

public sealed record AuditLogPage(IReadOnlyList<AuditLogRow> Rows, int Total);

/// <summary>
/// Reads the one audit log every feature writes into (Indico's event log is the model): newest first, filtered
/// and paged in the database, so the page stays fast however long the fair's history grows.
/// </summary>
public sealed class AuditLogQuery(IDbContextFactory<EventDbContext> contexts)
{
    public const int MaxPageSize = 200;

    public async Task<AuditLogPage> PageAsync(AuditLogFilter filter, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = Filtered(db, filter);
        var total = await query.CountAsync(cancellationToken);
        var rows = await Newest(query).Skip(Math.Max(page, 0) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new AuditLogPage(rows, total);
    }

    /// <summary>Every matching row, newest first, streamed for the CSV export.</summary>
    public async IAsyncEnumerable<AuditLogRow> AllAsync(AuditLogFilter filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await foreach (var row in Newest(Filtered(db, filter)).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return row;
        }
    }

    /// <summary>The kinds of record that have entries, for the filter's choices.</summary>
    public async Task<IReadOnlyList<string>> EntityTypesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.AuditLog.Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
    }

    private static IQueryable<AuditEntry> Filtered(EventDbContext db, AuditLogFilter filter)
    {
        var query = db.AuditLog.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Person))
        {
            var pattern = $"%{EscapeLike(filter.Person.Trim())}%";
            query = query.Where(a => a.UserName != null && EF.Functions.Like(a.UserName, pattern, "\\"));
        }
        if (!string.IsNullOrWhiteSpace(filter.EntityType))
        {
            query = query.Where(a => a.EntityType == filter.EntityType);
        }
        if (!string.IsNullOrWhiteSpace(filter.EntityId))
        {
            var id = filter.EntityId.Trim();
            query = query.Where(a => a.EntityId == id);
        }
        // Compared in UTC, as the trail writes them: the stored encoding of an instant carries its local clock.
        if (filter.From is { } from)
        {
            var fromUtc = from.ToUniversalTime();
            query = query.Where(a => a.At >= fromUtc);
        }
        if (filter.To is { } to)
        {
            var toUtc = to.ToUniversalTime();
            query = query.Where(a => a.At < toUtc);
        }
        return query;
    }

    private static IQueryable<AuditLogRow> Newest(IQueryable<AuditEntry> query) =>
        query.OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Select(a => new AuditLogRow(a.Id, a.At, a.UserName, a.Action, a.EntityType, a.EntityId, a.Before, a.After, a.Details));

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
