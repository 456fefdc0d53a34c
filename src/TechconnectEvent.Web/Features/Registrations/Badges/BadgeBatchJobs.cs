using System.Globalization;
using Microsoft.Extensions.Localization;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Jobs;
using TechconnectEvent.Web.Infrastructure.Operations;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.Web.Features.Registrations.Badges;

/// <summary>
/// Starts badge PDFs as background jobs: the page stays responsive and shows progress while a thousand badges
/// render, and the badges are recorded as printed only once the whole file exists.
/// </summary>
public sealed class BadgeBatchJobs(IBackgroundJobs jobs, BadgeService badges, ICurrentActor currentActor)
{
    public const string Kind = "badges";

    /// <summary>Checks the selection now (so "nothing matches" is said on the page, not by a failed job), then queues the work.</summary>
    public async Task<OperationResult<BackgroundJobStatus>> StartAsync(BadgeLayout layout, BadgeFilter filter, CancellationToken cancellationToken = default)
    {
        var actor = await currentActor.GetAsync();
        if (!BadgeService.MayPrint(actor) || actor.UserId is null)
        {
            return OperationResult<BackgroundJobStatus>.Fail(CommonErrors.Forbidden);
        }
        var edition = await badges.WorkingEditionAsync(cancellationToken);
        if (edition is null)
        {
            return OperationResult<BackgroundJobStatus>.Fail(CommonErrors.NotFound);
        }
        var selection = await badges.SelectAsync(edition.Id, filter, cancellationToken);
        if (selection is null || selection.Badges.Count == 0)
        {
            return OperationResult<BackgroundJobStatus>.Fail(OperationError.Of("Badges.NoneMatch"));
        }
        var editionId = edition.Id;
        var culture = CultureInfo.CurrentUICulture.Name;
        var request = new BackgroundJobRequest(Kind, actor.UserId, actor.UserName ?? actor.UserId, culture, SharedWithRole: Roles.Organiser);
        var status = jobs.Start(request, (context, ct) => RunAsync(context, editionId, layout, filter, actor, culture, ct));
        return OperationResult<BackgroundJobStatus>.Ok(status);
    }

    private static async Task<BackgroundJobOutput> RunAsync(
        BackgroundJobContext context, int editionId, BadgeLayout layout, BadgeFilter filter, Actor actor, string cultureName, CancellationToken cancellationToken)
    {
        var culture = CultureInfo.GetCultureInfo(cultureName);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        var service = context.Services.GetRequiredService<BadgeService>();
        var localizer = context.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var edition = await service.EditionAsync(editionId, cancellationToken);
        // Registrations may change between the click and the run: select again, with the same filter.
        var selection = edition is null ? null : await service.SelectAsync(editionId, filter, cancellationToken);
        if (edition is null || selection is null || selection.Badges.Count == 0)
        {
            throw new BackgroundJobFailedException(localizer["Badges.NoneMatch"]);
        }
        await using (var file = File.Create(context.OutputPath))
        {
            await Task.Run(() => service.Render(file, edition, layout, selection.Badges, context.Report, cancellationToken), cancellationToken);
        }
        var recorded = await service.RecordPrintedAsync(editionId, selection.Badges.Select(b => b.RegistrationId).ToList(), actor, cancellationToken);
        if (!recorded.Succeeded)
        {
            throw new BackgroundJobFailedException(localizer["Badges.NotRecorded"]);
        }
        var fileName = $"badges-{edition.Year}-{layout}-{culture.TwoLetterISOLanguageName}.pdf";
        var summary = selection.Unprintable.Count == 0
            ? localizer["Badges.JobSummary", selection.Badges.Count]
            : localizer["Badges.JobSummaryWithUnprintable", selection.Badges.Count, selection.Unprintable.Count];
        return new BackgroundJobOutput(fileName, "application/pdf", summary);
    }
}
