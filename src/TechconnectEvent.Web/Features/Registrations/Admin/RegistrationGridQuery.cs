using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.Text;

namespace TechconnectEvent.Web.Features.Registrations.Admin;

/// <summary>What the registrations grid narrows to. <see cref="NeedsApproval"/> = Pending or Waitlisted.</summary>
public sealed record RegistrationFilter(
    int? CategoryId = null, RegistrationStatus? Status = null, RegistrationSource? Source = null,
    bool NeedsApproval = false, bool DeletionRequested = false, string? Search = null)
{
    public static RegistrationFilter None { get; } = new();

    public bool IsEmpty => this == None || (CategoryId is null && Status is null && Source is null && !NeedsApproval
        && !DeletionRequested && TextFolding.Fold(Search).Length == 0);
}

public enum RegistrationSort
{
    Name,
    RegisteredAt,
    Category,
    Status,
    Organization,
}

public sealed record RegistrationPageRequest(RegistrationFilter Filter, RegistrationSort Sort = RegistrationSort.Name,
    bool Descending = false, int Page = 0, int PageSize = 50);

/// <summary>One line of the grid: only what it shows, plus the version the row actions send back.</summary>
public sealed record RegistrationRow(
    int Id, string FullName, string? OrganizationName, string? Position, string? Email, string? Phone,
    int CategoryId, LocalizedText CategoryName, string CategoryColour, RegistrationStatus Status, RegistrationSource Source,
    DateTimeOffset RegisteredAt, bool DeletionRequested, long Version);

public sealed record RegistrationPage(IReadOnlyList<RegistrationRow> Rows, int Total);

/// <summary>
/// The registrations grid, a page at a time, in the database: 20,000 rows never leave SQLite, only the page does.
/// Every filter starts with the edition so the (EditionId, …) indexes carry it; the count runs on the same filter.
/// </summary>
public sealed class RegistrationGridQuery(IDbContextFactory<EventDbContext> dbFactory)
{
    public const int MaxPageSize = 500;

    public async Task<RegistrationPage> PageAsync(int editionId, RegistrationPageRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var filtered = Filter(db.Registrations.AsNoTracking(), editionId, request.Filter);
        var total = await filtered.CountAsync(cancellationToken);
        var pageSize = Math.Clamp(request.PageSize, 1, MaxPageSize);
        var rows = await Sort(filtered, db, request.Sort, request.Descending)
            .Skip(Math.Max(0, request.Page) * pageSize).Take(pageSize)
            .Join(db.RegistrationCategories, r => r.CategoryId, c => c.Id, (r, c) => new
            {
                r.Id, r.FullName, r.OrganizationName, r.Position, r.Email, r.Phone, r.CategoryId, c.Name.Vi, c.Name.En, c.Colour,
                r.Status, r.Source, r.RegisteredAt, r.DeletionRequestedAt, r.Version,
            })
            .ToListAsync(cancellationToken);
        // The join after the page keeps the page's order on SQLite, but say it again rather than rely on it.
        var order = rows.Select(r => r.Id).ToList();
        return new RegistrationPage(rows.Select(r => new RegistrationRow(r.Id, r.FullName, r.OrganizationName, r.Position, r.Email, r.Phone,
            r.CategoryId, new LocalizedText(r.Vi, r.En), r.Colour, r.Status, r.Source, r.RegisteredAt, r.DeletionRequestedAt is not null, r.Version))
            .OrderBy(r => order.IndexOf(r.Id)).ToList(), total);
    }

    internal static IQueryable<Registration> Filter(IQueryable<Registration> registrations, int editionId, RegistrationFilter filter)
    {
        var query = registrations.Where(r => r.EditionId == editionId);
        if (filter.CategoryId is { } categoryId)
        {
            query = query.Where(r => r.CategoryId == categoryId);
        }
        if (filter.Status is { } status)
        {
            query = query.Where(r => r.Status == status);
        }
        if (filter.NeedsApproval)
        {
            query = query.Where(r => r.Status == RegistrationStatus.Pending || r.Status == RegistrationStatus.Waitlisted);
        }
        if (filter.Source is { } source)
        {
            query = query.Where(r => r.Source == source);
        }
        if (filter.DeletionRequested)
        {
            query = query.Where(r => r.DeletionRequestedAt != null);
        }
        // Every word must appear somewhere in the folded key: "nguyen ha long" finds "Nguyễn Văn An, Hạ Long".
        foreach (var word in TextFolding.Words(filter.Search))
        {
            var pattern = TextFolding.ContainsPattern(word);
            query = query.Where(r => EF.Functions.Like(r.SearchKey, pattern, TextFolding.LikeEscape));
        }
        return query;
    }

    private static IQueryable<Registration> Sort(IQueryable<Registration> query, EventDbContext db, RegistrationSort sort, bool descending)
    {
        // Id breaks ties, so a page boundary never shows a row twice or skips one.
        return (sort, descending) switch
        {
            (RegistrationSort.RegisteredAt, false) => query.OrderBy(r => r.RegisteredAt).ThenBy(r => r.Id),
            (RegistrationSort.RegisteredAt, true) => query.OrderByDescending(r => r.RegisteredAt).ThenByDescending(r => r.Id),
            (RegistrationSort.Status, false) => query.OrderBy(r => r.Status).ThenBy(r => r.NameKey).ThenBy(r => r.Id),
            (RegistrationSort.Status, true) => query.OrderByDescending(r => r.Status).ThenBy(r => r.NameKey).ThenBy(r => r.Id),
            (RegistrationSort.Organization, false) => query.OrderBy(r => r.OrganizationName).ThenBy(r => r.NameKey).ThenBy(r => r.Id),
            (RegistrationSort.Organization, true) => query.OrderByDescending(r => r.OrganizationName).ThenBy(r => r.NameKey).ThenBy(r => r.Id),
            (RegistrationSort.Category, false) => query.OrderBy(r => db.RegistrationCategories.Where(c => c.Id == r.CategoryId).Select(c => c.SortOrder).First())
                .ThenBy(r => r.NameKey).ThenBy(r => r.Id),
            (RegistrationSort.Category, true) => query.OrderByDescending(r => db.RegistrationCategories.Where(c => c.Id == r.CategoryId).Select(c => c.SortOrder).First())
                .ThenBy(r => r.NameKey).ThenBy(r => r.Id),
            (_, false) => query.OrderBy(r => r.NameKey).ThenBy(r => r.Id),
            (_, true) => query.OrderByDescending(r => r.NameKey).ThenByDescending(r => r.Id),
        };
    }
}
