using Microsoft.AspNetCore.Components;
using MudBlazor;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Zones;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Booths.Pages;

public sealed partial class Booths
{
    [CascadingParameter]
    private EditionAccess Access { get; set; } = EditionAccess.Writable;

    private Edition? edition;
    private IReadOnlyList<Zone> zones = [];
    private IReadOnlyList<BoothRow> rows = [];
    private bool loaded;
    private string? search;
    private int? zoneId;
    private BoothStatus? status;
    private BoothSize? size;
    private IDisposable? subscription;

    private bool IsFiltered => zoneId is not null || status is not null || size is not null || !string.IsNullOrWhiteSpace(search);

    protected override async Task OnInitializedAsync()
    {
        edition = await Editions.GetWorkingAsync();
        if (edition is not null)
        {
            zones = await BoothService.ZonesAsync(edition.Id);
        }
        await Reload();
        subscription = Notifier.Subscribe(OnBoothsChanged);
    }

    public void Dispose() => subscription?.Dispose();

    // Another organiser (or this one, in another tab) changed booths: redraw with the committed state.
    private async Task OnBoothsChanged(BoothChange change)
    {
        if (edition is not null && change.EditionId == edition.Id)
        {
            await InvokeAsync(async () =>
            {
                await Reload();
                StateHasChanged();
            });
        }
    }

    private async Task Reload()
    {
        rows = edition is null ? [] : await BoothService.QueryAsync(edition.Id, new BoothFilter(zoneId, status, size, search));
        loaded = true;
    }

    private async Task SearchChanged(string? value)
    {
        search = value;
        await Reload();
    }

    private async Task ZoneChanged(int? value)
    {
        zoneId = value;
        await Reload();
    }

    private async Task StatusChanged(BoothStatus? value)
    {
        status = value;
        await Reload();
    }

    private async Task SizeChanged(BoothSize? value)
    {
        size = value;
        await Reload();
    }

    private Task Create() => OpenBoothDialog(L["Booths.Add"], null, new BoothInput { ZoneId = zoneId ?? zones.FirstOrDefault()?.Id ?? 0 });

    private Task Edit(BoothRow booth) => OpenBoothDialog(L["Booths.EditTitle", booth.Code], booth.Id, BoothInput.From(booth));

    private async Task OpenBoothDialog(string title, int? boothId, BoothInput input)
    {
        var parameters = new DialogParameters<BoothDialog>
        {
            { d => d.EditionId, edition!.Id },
            { d => d.BoothId, boothId },
            { d => d.Input, input },
            { d => d.Zones, zones },
        };
        var dialog = await Dialogs.ShowAsync<BoothDialog>(title, parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        if (await dialog.Result is { Canceled: false, Data: string code })
        {
            Snackbar.Add(L["Booths.Saved", code], Severity.Success);
            await Reload();
        }
    }

    private async Task Generate()
    {
        var parameters = new DialogParameters<BoothBlockDialog>
        {
            { d => d.EditionId, edition!.Id },
            { d => d.Zones, zones },
            { d => d.Hall, await BoothService.GetHallAsync(edition.Id) },
        };
        var dialog = await Dialogs.ShowAsync<BoothBlockDialog>(L["Booths.Generate"], parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        if (await dialog.Result is { Canceled: false, Data: int count })
        {
            Snackbar.Add(L["Booths.Generated", count], Severity.Success);
            await Reload();
        }
    }

    private async Task Import()
    {
        var parameters = new DialogParameters<BoothImportDialog> { { d => d.EditionId, edition!.Id } };
        var dialog = await Dialogs.ShowAsync<BoothImportDialog>(L["Booths.Import"], parameters, new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true });
        if (await dialog.Result is { Canceled: false, Data: int count })
        {
            Snackbar.Add(L["Import.Done", count], Severity.Success);
            await Reload();
        }
    }

    private async Task EditPrices()
    {
        var parameters = new DialogParameters<BoothPricesDialog> { { d => d.EditionId, edition!.Id } };
        var dialog = await Dialogs.ShowAsync<BoothPricesDialog>(L["Booths.Prices"], parameters, new DialogOptions { MaxWidth = MaxWidth.ExtraSmall, FullWidth = true });
        if (await dialog.Result is { Canceled: false })
        {
            Snackbar.Add(L["Booths.PricesSaved"], Severity.Success);
            await Reload();
        }
    }

    private async Task ChangeBlock(BoothRow booth, bool block)
    {
        var parameters = new DialogParameters<BoothReasonDialog> { { d => d.Booth, booth }, { d => d.Block, block } };
        var title = block ? L["Booths.BlockTitle", booth.Code] : L["Booths.UnblockTitle", booth.Code];
        var dialog = await Dialogs.ShowAsync<BoothReasonDialog>(title, parameters, new DialogOptions { MaxWidth = MaxWidth.ExtraSmall, FullWidth = true });
        if (await dialog.Result is { Canceled: false })
        {
            Snackbar.Add(L[block ? "Booths.BlockedDone" : "Booths.UnblockedDone", booth.Code], Severity.Success);
            await Reload();
        }
    }

    private async Task Delete(BoothRow booth)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(L["Booths.Delete"], L["Booths.ConfirmDelete", booth.Code],
            yesText: L["Booths.Delete"], cancelText: L["Common.Cancel"]);
        if (confirmed != true)
        {
            return;
        }
        var result = await BoothService.DeleteAsync(booth.Id, booth.Version);
        if (result.Succeeded)
        {
            Snackbar.Add(L["Booths.Deleted", booth.Code], Severity.Success);
        }
        foreach (var error in result.Errors)
        {
            Snackbar.Add(L.Describe(error), Severity.Error);
        }
        await Reload();
    }
}
