using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.Web.Infrastructure.Export;

/// <summary>The edition an export is for: the person's working edition, its year for the file name, its zone for times.</summary>
public sealed record ExportEdition(int Id, int Year, TimeZoneInfo TimeZone);

/// <summary>Finds the signed-in person's working edition for an export (the Editions feature answers).</summary>
public interface IExportEditions
{
    Task<ExportEdition?> GetWorkingAsync(CancellationToken cancellationToken = default);
}

/// <summary>What an export query may look at: the edition, who asks (to scope organisation pages), the query string.</summary>
public sealed record ExportRequest(ExportEdition Edition, Actor Actor, IQueryCollection Query, IServiceProvider Services)
{
    public Task<EventDbContext> OpenAsync(CancellationToken cancellationToken) =>
        Services.GetRequiredService<IDbContextFactory<EventDbContext>>().CreateDbContextAsync(cancellationToken);
}

/// <summary>
/// One list page's export: served as <c>{Route}/export.csv</c> and <c>{Route}/export.xlsx</c> under the page's own
/// policy, named <c>{Name}-{year}.csv</c>. Rows come in the page's order.
/// </summary>
public abstract class ListExport<TRow>
{
    /// <summary>The list page's route, e.g. <c>/exhibition/zones</c>.</summary>
    public abstract string Route { get; }

    /// <summary>The page's authorization policy; the export uses the same one.</summary>
    public abstract string Policy { get; }

    /// <summary>The file name's stem and the worksheet's name.</summary>
    public abstract string Name { get; }

    public abstract IReadOnlyList<ExportColumn<TRow>> Columns { get; }

    /// <summary>The rows for this request, or null when the person may not export this list (answered with 403).</summary>
    public abstract Task<IReadOnlyList<TRow>?> RowsAsync(ExportRequest request, CancellationToken cancellationToken);
}
