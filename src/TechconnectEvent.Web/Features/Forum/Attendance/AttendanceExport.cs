using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Infrastructure.Export;

namespace TechconnectEvent.Web.Features.Forum.Attendance;

/// <summary>
/// The attendance page as a file, through the same board the page reads: organisers get every session, a session
/// chair only the sessions they chair.
/// </summary>
public sealed class AttendanceExport : ListExport<SessionAttendanceRow>
{
    public override string Route => "/forum/attendance";
    public override string Policy => Policies.SessionChairsAndOrganisers;
    public override string Name => "attendance";

    public override IReadOnlyList<ExportColumn<SessionAttendanceRow>> Columns { get; } =
    [
        new("Export.Col.TitleVi", r => r.Title.Vi),
        new("Export.Col.TitleEn", r => r.Title.En),
        new("Export.Col.Room", r => r.Room?.Vi),
        new("Export.Col.StartsAt", r => r.StartsAt),
        new("Export.Col.EndsAt", r => r.EndsAt),
        new("Export.Col.Status", r => ExportLabel.Of("Forum.Sessions.Status.", r.Status)),
        new("Export.Col.Seats", r => r.Seats),
        new("Export.Col.Expected", r => r.Expected),
        new("Export.Col.Attended", r => r.Attended),
    ];

    public override async Task<IReadOnlyList<SessionAttendanceRow>?> RowsAsync(ExportRequest request, CancellationToken cancellationToken)
    {
        var board = request.Services.GetRequiredService<AttendanceBoard>();
        return (await board.LoadAsync(cancellationToken))?.Sessions;
    }
}
