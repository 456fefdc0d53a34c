using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Jobs;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Reports.Further;

/// <summary>
/// Runs the catalog's reports as background jobs for the /reports page: the page stays responsive while a large report
/// renders, and the file stays downloadable after a reload until the person generates that report again.
/// </summary>
public sealed class ReportJobs(IBackgroundJobs jobs, EditionService editions, IAuthorizationService authorization)
{
    /// <summary>The reports <paramref name="user"/> may get, in catalog order.</summary>
    public async Task<IReadOnlyList<ReportDefinition>> AvailableAsync(ClaimsPrincipal user)
    {
        var available = new List<ReportDefinition>();
        foreach (var report in ReportCatalog.All)
        {
            if ((await authorization.AuthorizeAsync(user, report.Policy)).Succeeded)
            {
                available.Add(report);
            }
        }
        return available;
    }

    /// <summary>The person's newest job of this report (running or finished), or null.</summary>
    public BackgroundJobStatus? Latest(ReportDefinition report, ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId ? jobs.List(userId, report.JobKind).FirstOrDefault() : null;

    public async Task<OperationResult<BackgroundJobStatus>> StartAsync(string key, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        // The policy is checked again here: the page hides what a person may not get, the service refuses it.
        if (ReportCatalog.Find(key) is not { } report || user.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId
            || !(await authorization.AuthorizeAsync(user, report.Policy)).Succeeded)
        {
            return OperationResult<BackgroundJobStatus>.Fail(CommonErrors.Forbidden);
        }
        if (await editions.GetWorkingAsync(cancellationToken) is not { } edition)
        {
            return OperationResult<BackgroundJobStatus>.Fail(CommonErrors.NotFound);
        }
        var editionId = edition.Id;
        var culture = CultureInfo.CurrentUICulture;
        var fileName = FileName(report, edition.Year, culture);
        var userName = user.FindFirstValue(Actor.DisplayNameClaim) ?? user.Identity?.Name ?? userId;
        var request = new BackgroundJobRequest(report.JobKind, userId, userName, culture.Name);
        var status = jobs.Start(request, async (context, ct) =>
        {
            await using (var file = File.Create(context.OutputPath))
            {
                await report.Write(context.Services, editionId, file, context.Report, ct);
            }
            return new BackgroundJobOutput(fileName, "application/pdf");
        });
        return OperationResult<BackgroundJobStatus>.Ok(status);
    }

    /// <summary>"checkin-log-2023-vi.pdf": the report, the edition's year and the language.</summary>
    public static string FileName(ReportDefinition report, int year, CultureInfo culture) =>
        string.Create(CultureInfo.InvariantCulture, $"{report.Key}-{year}-{culture.TwoLetterISOLanguageName}.pdf");
}
