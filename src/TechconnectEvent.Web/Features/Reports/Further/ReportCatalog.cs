using MudBlazor;
using TechconnectEvent.Web.Features.Administration;

namespace TechconnectEvent.Web.Features.Reports.Further;

/// <summary>
/// One report the /reports page offers: what it is called, who may get it, where scripts fetch it directly, and the
/// writer the background job runs. <see cref="Write"/> writes the edition's report as PDF to the stream in the current
/// culture and tells progress as (done, total).
/// </summary>
public sealed record ReportDefinition(
    string Key,
    string TitleKey,
    string DescriptionKey,
    string Policy,
    string Url,
    string Icon,
    Func<IServiceProvider, int, Stream, Action<int, int>?, CancellationToken, Task> Write)
{
    /// <summary>The background-job kind: one finished file per person and report, a newer one replaces it.</summary>
    public string JobKind => "report:" + Key;
}

/// <summary>Every report of the /reports page, in the order the page lists them.</summary>
public static class ReportCatalog
{
    public static IReadOnlyList<ReportDefinition> All { get; } =
    [
        new("post-event", "Reports.PostEvent", "Reports.PostEventDescription", Policies.StaffAndOrganisers, "reports/post-event.pdf",
            Icons.Material.Filled.Summarize,
            (services, editionId, destination, report, ct) => services.GetRequiredService<PostEvent.PostEventReport>().WriteAsync(editionId, destination, report, ct)),
        new("booth-allocation", "Reports.BoothAllocation.Title", "Reports.BoothAllocation.Description", Policies.StaffAndOrganisers,
            "reports/booth-allocation.pdf", Icons.Material.Filled.Storefront, ReportWriters.BoothAllocationAsync),
        new("session-attendance", "Reports.SessionAttendance.Title", "Reports.SessionAttendance.Description", Policies.StaffAndOrganisers,
            "reports/session-attendance.pdf", Icons.Material.Filled.EventSeat, ReportWriters.SessionAttendanceAsync),
        new("checkin-log", "Reports.CheckInLog.Title", "Reports.CheckInLog.Description", Policies.Organisers,
            "reports/checkin-log.pdf", Icons.Material.Filled.Lock, ReportWriters.CheckInLogAsync),
        new("delegates", "Reports.Delegates.Title", "Reports.Delegates.Description", Policies.Organisers,
            "reports/delegates.pdf", Icons.Material.Filled.Lock, ReportWriters.DelegatesAsync),
        new("zones", "Reports.Zones", "Reports.ZonesDescription", Policies.Organisers,
            "reports/zones.pdf", Icons.Material.Filled.PictureAsPdf, ReportWriters.ZonesAsync),
        new("floorplan", "Reports.FloorPlan", "Reports.FloorPlanDescription", Policies.Organisers,
            "reports/floorplan.pdf", Icons.Material.Filled.Map, ReportWriters.FloorPlanAsync),
        new("booths", "Reports.BoothList", "Reports.BoothListDescription", Policies.Organisers,
            "reports/booths.pdf", Icons.Material.Filled.TableRows, ReportWriters.BoothListAsync),
        new("mou-runsheet", "Mou.RunSheet.Title", "Reports.MouRunSheetDescription", Policies.StaffAndOrganisers,
            "reports/mou-runsheet.pdf", Icons.Material.Filled.HistoryEdu, ReportWriters.MouRunSheetAsync),
        new("mous", "Reports.MouRegisterPdf", "Reports.MouRegisterDescription", Policies.Organisers,
            "reports/mous.pdf", Icons.Material.Filled.PictureAsPdf, ReportWriters.MouRegisterAsync),
    ];

    public static ReportDefinition? Find(string key) => All.FirstOrDefault(r => r.Key == key);
}
