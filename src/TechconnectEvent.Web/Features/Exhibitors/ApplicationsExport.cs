using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Infrastructure.Export;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.Web.Features.Exhibitors;

/// <summary>The exhibitor applications page as a file: every application of the working edition, newest first.</summary>
public sealed class ApplicationsExport : ListExport<ApplicationsExport.Row>
{
    public sealed record Row(ExhibitorApplication Application, LocalizedText Organization, int Allocated);

    public override string Route => "/exhibition/applications";
    public override string Policy => Policies.Organisers;
    public override string Name => "applications";

    public override IReadOnlyList<ExportColumn<Row>> Columns { get; } =
    [
        new("Export.Col.Organization", r => r.Organization.Vi),
        new("Export.Col.Status", r => ExportLabel.Of("ApplicationStatus.", r.Application.Status)),
        new("Export.Col.BoothsWanted", r => r.Application.BoothsWanted),
        new("Export.Col.BoothsAllocated", r => r.Allocated),
        new("Export.Col.Size", r => ExportLabel.Of("BoothSize.", r.Application.SizeWanted)),
        new("Export.Col.SponsorTier", r => ExportLabel.Of("SponsorTier.", r.Application.SponsorTier)),
        new("Export.Col.Contact", r => r.Application.ContactName),
        new("Export.Col.Email", r => r.Application.ContactEmail),
        new("Export.Col.Phone", r => r.Application.ContactPhone),
        new("Export.Col.SubmittedAt", r => r.Application.SubmittedAt),
        new("Export.Col.DecidedAt", r => r.Application.DecidedAt),
        new("Export.Col.Reason", r => r.Application.DecisionReason),
        new("Export.Col.Notes", r => r.Application.Notes),
    ];

    public override async Task<IReadOnlyList<Row>?> RowsAsync(ExportRequest request, CancellationToken cancellationToken)
    {
        await using var db = await request.OpenAsync(cancellationToken);
        var editionId = request.Edition.Id;
        var rows = await db.ExhibitorApplications.AsNoTracking().Where(a => a.EditionId == editionId)
            .Join(db.Organizations, a => a.OrganizationId, o => o.Id, (a, o) => new { Application = a, o.Name })
            .ToListAsync(cancellationToken);
        var allocated = await db.BoothAllocations.Where(b => b.EditionId == editionId).GroupBy(b => b.ApplicationId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return rows.OrderByDescending(r => r.Application.SubmittedAt).ThenByDescending(r => r.Application.Id)
            .Select(r => new Row(r.Application, r.Name, allocated.GetValueOrDefault(r.Application.Id))).ToList();
    }
}
