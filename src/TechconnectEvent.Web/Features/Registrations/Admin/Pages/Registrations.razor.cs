using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Registrations.Categories;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Registrations.Admin.Pages;

public sealed partial class Registrations
{
    [Inject] private RegistrationGridQuery Grid { get; set; } = default!;
    [Inject] private RegistrationAdminService Admin { get; set; } = default!;
    [Inject] private RegistrationCategoryService CategoryService { get; set; } = default!;
    [Inject] private EditionService Editions { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    [CascadingParameter]
    private EditionAccess Access { get; set; } = EditionAccess.Writable;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    private RegistrationGrid? grid;
    private Edition? edition;
    private IReadOnlyList<RegistrationCategory> categories = [];
    private IReadOnlyList<RegistrationRow> selected = [];
    private bool loaded;
    private bool mayDecide;
    private string? search;
    private int? categoryId;
    private RegistrationStatus? status;
    private RegistrationSource? source;
    private bool needsApproval;
    private bool deletionRequested;

    private RegistrationFilter Filter => new(categoryId, status, source, needsApproval, deletionRequested, search);

    protected override async Task OnInitializedAsync()
    {
        if (AuthenticationState is not null)
        {
            mayDecide = RegistrationRights.MayDecide(Actor.From((await AuthenticationState).User));
        }
        edition = await Editions.GetWorkingAsync();
        if (edition is not null)
        {
            categories = (await CategoryService.ListAsync(edition.Id)).Select(c => c.Category).ToList();
        }
        loaded = true;
    }

    private Task<RegistrationPage> LoadAsync(RegistrationSort sort, bool descending, int page, int pageSize, CancellationToken cancellationToken) =>
        Grid.PageAsync(edition!.Id, new RegistrationPageRequest(Filter, sort, descending, page, pageSize), cancellationToken);

    private Task Reload() => grid?.ReloadAsync() ?? Task.CompletedTask;

    private Task SearchChanged(string? value) => Set(() => search = value);
    private Task CategoryChanged(int? value) => Set(() => categoryId = value);
    private Task StatusChanged(RegistrationStatus? value) => Set(() => status = value);
    private Task SourceChanged(RegistrationSource? value) => Set(() => source = value);
    private Task NeedsApprovalChanged(bool value) => Set(() => needsApproval = value);
    private Task DeletionRequestedChanged(bool value) => Set(() => deletionRequested = value);

    private Task Set(Action change)
    {
        change();
        return grid?.ReloadAsync(firstPage: true) ?? Task.CompletedTask;
    }

    private void SelectionChanged(IReadOnlyList<RegistrationRow> rows) => selected = rows;

    private async Task Approve(RegistrationRow row)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(L["Registrations.Approve"], L["Registrations.ConfirmApprove", row.FullName],
            yesText: L["Registrations.Approve"], cancelText: L["Common.Cancel"]);
        if (confirmed != true)
        {
            return;
        }
        var result = await Admin.ApproveAsync(row.Id, row.Version);
        if (result.Errors is [{ Code: RegistrationTransitions.CategoryFull } full])
        {
            // The organiser may still take the person in: say the category is full and ask once more.
            var overrideIt = await Dialogs.ShowMessageBoxAsync(L["Registrations.Approve"], L["Registrations.ConfirmOverride", L.Describe(full)],
                yesText: L["Registrations.ApproveAnyway"], cancelText: L["Common.Cancel"]);
            if (overrideIt != true)
            {
                return;
            }
            result = await Admin.ApproveAsync(row.Id, row.Version, overrideCapacity: true);
        }
        await Report(result, L["Registrations.Approved", row.FullName]);
    }

    private async Task Decide(RegistrationRow row, BulkDecision decision)
    {
        var reason = await AskReason(decision, row.FullName);
        if (reason is null)
        {
            return;
        }
        var result = decision == BulkDecision.Reject
            ? await Admin.RejectAsync(row.Id, row.Version, reason)
            : await Admin.CancelAsync(row.Id, row.Version, reason);
        await Report(result, L[decision == BulkDecision.Reject ? "Registrations.Rejected" : "Registrations.Cancelled", row.FullName]);
    }

    private async Task<string?> AskReason(BulkDecision decision, string who)
    {
        var parameters = new DialogParameters<RegistrationReasonDialog> { { d => d.Reject, decision == BulkDecision.Reject }, { d => d.Who, who } };
        var title = decision == BulkDecision.Reject ? L["Registrations.Reject"] : L["Registrations.Cancel"];
        var dialog = await Dialogs.ShowAsync<RegistrationReasonDialog>(title, parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        return await dialog.Result is { Canceled: false, Data: string reason } ? reason : null;
    }

    private async Task Bulk(BulkDecision decision)
    {
        var targets = selected.Select(r => new BulkTarget(r.Id, r.FullName, r.Version)).ToList();
        string? reason = null;
        if (decision == BulkDecision.Approve)
        {
            var confirmed = await Dialogs.ShowMessageBoxAsync(L["Registrations.BulkApprove"], L["Registrations.ConfirmBulkApprove", targets.Count],
                yesText: L["Registrations.BulkApprove"], cancelText: L["Common.Cancel"]);
            if (confirmed != true)
            {
                return;
            }
        }
        else if ((reason = await AskReason(decision, L["Registrations.Selected", targets.Count])) is null)
        {
            return;
        }
        var outcome = await Admin.BulkAsync(decision, targets, reason);
        var parameters = new DialogParameters<RegistrationBulkSummaryDialog> { { d => d.Outcome, outcome } };
        await Dialogs.ShowAsync<RegistrationBulkSummaryDialog>(L["Registrations.BulkSummary"], parameters,
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseButton = true });
        await Reload();
    }

    private async Task Edit(RegistrationRow row)
    {
        var context = await Admin.GetForEditAsync(row.Id);
        if (context is null)
        {
            Snackbar.Add(L.Describe(CommonErrors.NotFound), Severity.Error);
            await Reload();
            return;
        }
        var parameters = new DialogParameters<RegistrationEditDialog> { { d => d.Id, row.Id }, { d => d.Context, context } };
        var dialog = await Dialogs.ShowAsync<RegistrationEditDialog>(L["Registrations.EditTitle", row.FullName], parameters,
            new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true });
        if (await dialog.Result is { Canceled: false })
        {
            Snackbar.Add(L["Registrations.Saved", row.FullName], Severity.Success);
            await Reload();
        }
    }

    private async Task Import()
    {
        var parameters = new DialogParameters<RegistrationImportDialog> { { d => d.EditionId, edition!.Id } };
        var dialog = await Dialogs.ShowAsync<RegistrationImportDialog>(L["Registrations.Import"], parameters,
            new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true });
        if (await dialog.Result is { Canceled: false, Data: int count })
        {
            Snackbar.Add(L["Registrations.Imported", count], Severity.Success);
            await Reload();
        }
    }

    private async Task Report(OperationResult result, string done)
    {
        if (result.Succeeded)
        {
            Snackbar.Add(done, Severity.Success);
        }
        foreach (var error in result.Errors)
        {
            Snackbar.Add(L.Describe(error), Severity.Error);
        }
        await Reload();
    }
}
