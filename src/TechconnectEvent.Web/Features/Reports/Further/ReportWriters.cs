using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TechconnectEvent.Web.Features.Connections.Mous;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.FloorPlan;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Jobs;
using TechconnectEvent.Web.Infrastructure.Pdf;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.Web.Features.Reports.Further;

/// <summary>
/// The catalog's writers: each loads the edition's data with the given services and writes the PDF in the current
/// culture. The GET endpoints and the background jobs run the same writer, so a script and the page get the same file.
/// </summary>
internal static class ReportWriters
{
    public static async Task BoothAllocationAsync(IServiceProvider services, int editionId, Stream destination, Action<int, int>? report, CancellationToken ct)
    {
        var (edition, localizer, culture) = await StartAsync(services, editionId, ct);
        var plan = await services.GetRequiredService<FloorPlanQuery>().ForEditionAsync(editionId, ct) ?? throw NoEdition(localizer);
        var model = BoothAllocationReport.Build(plan, Frame(services, edition, "Reports.BoothAllocation.Title", confidential: false), localizer, culture);
        await Task.Run(() => BoothAllocationReport.Render(model, Fonts(services), culture, destination, report), ct);
    }

    public static async Task SessionAttendanceAsync(IServiceProvider services, int editionId, Stream destination, Action<int, int>? report, CancellationToken ct)
    {
        var (edition, localizer, culture) = await StartAsync(services, editionId, ct);
        var days = await services.GetRequiredService<SessionAttendanceQuery>().ForEditionAsync(edition, culture, ct);
        var frame = Frame(services, edition, "Reports.SessionAttendance.Title", confidential: false);
        await Task.Run(() => SessionAttendanceReport.Render(days, frame, edition.TimeZoneId, localizer, Fonts(services), culture, destination, report), ct);
    }

    public static async Task CheckInLogAsync(IServiceProvider services, int editionId, Stream destination, Action<int, int>? report, CancellationToken ct)
    {
        var (edition, localizer, culture) = await StartAsync(services, editionId, ct);
        var query = services.GetRequiredService<CheckInLogQuery>();
        var count = await query.CountAsync(editionId, ct);
        var frame = Frame(services, edition, "Reports.CheckInLog.Title", confidential: true);
        await CheckInLogReport.RenderAsync(query.ReadAsync(editionId, culture, ct), count, edition, frame, localizer, Fonts(services), culture, destination, report, ct);
    }

    public static async Task DelegatesAsync(IServiceProvider services, int editionId, Stream destination, Action<int, int>? report, CancellationToken ct)
    {
        var (edition, localizer, culture) = await StartAsync(services, editionId, ct);
        var categories = await services.GetRequiredService<DelegateListQuery>().ForEditionAsync(edition, culture, ct);
        var frame = Frame(services, edition, "Reports.Delegates.Title", confidential: true);
        await Task.Run(() => DelegateListReport.Render(categories, edition, frame, localizer, Fonts(services), culture, destination, report), ct);
    }

    public static async Task ZonesAsync(IServiceProvider services, int editionId, Stream destination, Action<int, int>? report, CancellationToken ct)
    {
        var (edition, localizer, culture) = await StartAsync(services, editionId, ct);
        report?.Invoke(0, 2);
        var rows = await services.GetRequiredService<ZoneBoothCounts>().ForEditionAsync(editionId, ct);
        var model = ZonesReportEndpoint.BuildModel(edition, rows, Now(services), localizer, culture);
        await WriteAsync(destination, report, () => ZonesReportDocument.Render(model, Fonts(services)), ct);
    }

    public static async Task FloorPlanAsync(IServiceProvider services, int editionId, Stream destination, Action<int, int>? report, CancellationToken ct)
    {
        var (edition, localizer, culture) = await StartAsync(services, editionId, ct);
        report?.Invoke(0, 2);
        var plan = await services.GetRequiredService<FloorPlanQuery>().ForEditionAsync(editionId, ct) ?? throw NoEdition(localizer);
        var model = FloorPlanReportEndpoints.BuildFloorPlanModel(edition, plan, Now(services), localizer, culture);
        await WriteAsync(destination, report, () => FloorPlanReportDocument.Render(model, Fonts(services)), ct);
    }

    public static async Task BoothListAsync(IServiceProvider services, int editionId, Stream destination, Action<int, int>? report, CancellationToken ct)
    {
        var (edition, localizer, culture) = await StartAsync(services, editionId, ct);
        report?.Invoke(0, 2);
        var plan = await services.GetRequiredService<FloorPlanQuery>().ForEditionAsync(editionId, ct) ?? throw NoEdition(localizer);
        var model = FloorPlanReportEndpoints.BuildBoothListModel(edition, plan, Now(services), localizer, culture);
        await WriteAsync(destination, report, () => BoothListDocument.Render(model, Fonts(services)), ct);
    }

    public static async Task MouRunSheetAsync(IServiceProvider services, int editionId, Stream destination, Action<int, int>? report, CancellationToken ct)
    {
        var (edition, _, _) = await StartAsync(services, editionId, ct);
        report?.Invoke(0, 2);
        var pdf = await services.GetRequiredService<MouReports>().RunSheetAsync(edition, ct);
        await WriteAsync(destination, report, () => pdf, ct);
    }

    public static async Task MouRegisterAsync(IServiceProvider services, int editionId, Stream destination, Action<int, int>? report, CancellationToken ct)
    {
        var (edition, _, _) = await StartAsync(services, editionId, ct);
        report?.Invoke(0, 2);
        var pdf = await services.GetRequiredService<MouReports>().RegisterPdfAsync(edition, ct);
        await WriteAsync(destination, report, () => pdf, ct);
    }

    /// <summary>Reports that render to bytes in one go: half-way once the data is read, done once written.</summary>
    private static async Task WriteAsync(Stream destination, Action<int, int>? report, Func<byte[]> render, CancellationToken ct)
    {
        report?.Invoke(1, 2);
        var pdf = await Task.Run(render, ct);
        await destination.WriteAsync(pdf, ct);
        report?.Invoke(2, 2);
    }

    private static async Task<(Edition Edition, IStringLocalizer<SharedResource> Localizer, CultureInfo Culture)> StartAsync(
        IServiceProvider services, int editionId, CancellationToken ct)
    {
        var localizer = services.GetRequiredService<IStringLocalizer<SharedResource>>();
        await using var db = await services.GetRequiredService<IDbContextFactory<EventDbContext>>().CreateDbContextAsync(ct);
        var edition = await db.Editions.AsNoTracking().FirstOrDefaultAsync(e => e.Id == editionId, ct) ?? throw NoEdition(localizer);
        return (edition, localizer, CultureInfo.CurrentCulture);
    }

    private static ReportFrame Frame(IServiceProvider services, Edition edition, string titleKey, bool confidential)
    {
        var localizer = services.GetRequiredService<IStringLocalizer<SharedResource>>();
        return ReportFrame.For(edition, localizer[titleKey], Now(services), confidential, localizer, CultureInfo.CurrentCulture);
    }

    private static DateTimeOffset Now(IServiceProvider services) => services.GetRequiredService<TimeProvider>().GetUtcNow();

    private static PdfFontProvider Fonts(IServiceProvider services) => services.GetRequiredService<PdfFontProvider>();

    /// <summary>The edition went away between the click and the run: said to the person, not logged as a fault.</summary>
    private static BackgroundJobFailedException NoEdition(IStringLocalizer<SharedResource> localizer) => new(localizer["Home.NoEdition"]);
}
