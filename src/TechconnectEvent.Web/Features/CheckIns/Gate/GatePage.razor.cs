using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;
using TechconnectEvent.Web.Features.Registrations.Badges;
using TechconnectEvent.Web.Infrastructure.Jobs;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.CheckIns.Gate;

public sealed partial class GatePage
{
    public const string ModulePath = "./Features/CheckIns/Gate/GatePage.razor.js";

    private GateDeskContext? context;
    private bool loaded;
    private int gateId;
    private string scanText = "";
    private ScanVerdict? verdict;
    private bool verdictAtDoor;
    private string? error;
    private bool sound;
    private bool cameraOn;
    private bool cameraStarting;
    private string? cameraProblem;
    private WalkInSaved? walkIn;
    private BackgroundJobStatus? printJob;
    private bool printing;
    private bool focusRequested = true;
    private VerdictTone? pendingBeep;
    private ElementReference scanInput;
    private ElementReference video;
    private GateSearchPanel? search;
    private IJSObjectReference? module;
    private DotNetObjectReference<GatePage>? self;

    /// <summary>The gate's (or session door's) code in the URL, so that a reload or a bookmark keeps the gate.</summary>
    [SupplyParameterFromQuery(Name = "gate")]
    public string? GateCode { get; set; }

    private int? CurrentGateId => context?.Find(gateId) is not null ? gateId : null;

    protected override async Task OnInitializedAsync()
    {
        context = await Desk.LoadAsync();
        loaded = true;
    }

    protected override void OnParametersSet()
    {
        if (context is null || !context.ScanPoints.Any())
        {
            return;
        }
        var named = context.ScanPoints.FirstOrDefault(g => string.Equals(g.Code, GateCode, StringComparison.OrdinalIgnoreCase));
        if (named is not null)
        {
            gateId = named.Id;
        }
        else if (CurrentGateId is null)
        {
            gateId = context.ScanPoints.First().Id;
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (context is null || !context.ScanPoints.Any())
        {
            return;
        }
        try
        {
            if (module is null)
            {
                module = await JS.InvokeAsync<IJSObjectReference>("import", ModulePath);
                if (GateCode is null && await module.InvokeAsync<string?>("storedGate") is { } stored
                    && context.ScanPoints.FirstOrDefault(g => g.Code == stored) is { } remembered && remembered.Id != gateId)
                {
                    await ChooseGateAsync(remembered.Id);
                    StateHasChanged();
                }
            }
            if (focusRequested)
            {
                focusRequested = false;
                await module.InvokeVoidAsync("focusScanInput", scanInput);
            }
            if (pendingBeep is { } tone)
            {
                pendingBeep = null;
                if (sound)
                {
                    await module.InvokeVoidAsync("beep", GateVerdictLook.Name(tone));
                }
            }
            if (cameraStarting)
            {
                cameraStarting = false;
                await StartCameraAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The browser left; nothing to focus or beep.
        }
    }

    private async Task ChooseGateAsync(int id)
    {
        if (context?.Find(id) is not { } gate)
        {
            return;
        }
        gateId = id;
        error = null;
        focusRequested = true;
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameter("gate", gate.Code), replace: true);
        if (module is not null)
        {
            await module.InvokeVoidAsync("storeGate", gate.Code);
        }
    }

    private async Task SubmitAsync()
    {
        var code = scanText;
        // Cleared before the verdict arrives: the scanner may already be typing the next badge.
        scanText = "";
        focusRequested = true;
        if (string.IsNullOrWhiteSpace(code))
        {
            return;
        }
        await ScanAsync(code);
    }

    private async Task ScanAsync(string code)
    {
        if (CurrentGateId is not { } gate)
        {
            return;
        }
        Show(await Desk.ScanAsync(gate, code));
    }

    /// <summary>A QR code read by the camera takes the same path as a typed one.</summary>
    [JSInvokable]
    public Task OnCameraCode(string code) => InvokeAsync(async () =>
    {
        focusRequested = true;
        await ScanAsync(code);
        StateHasChanged();
    });

    private async Task CheckInPersonAsync(int registrationId)
    {
        focusRequested = true;
        if (CurrentGateId is { } gate)
        {
            Show(await Desk.CheckInAsync(gate, registrationId));
        }
    }

    private void Show(OperationResult<ScanVerdict> result)
    {
        if (result.Succeeded)
        {
            verdict = result.Value;
            verdictAtDoor = context?.IsSessionDoor(gateId) == true;
            error = null;
            pendingBeep = GateVerdictLook.ToneOf(verdict!.Status);
            return;
        }
        verdict = null;
        error = L.Describe(result.Errors[0]);
        pendingBeep = VerdictTone.Red;
    }

    private async Task ToggleCameraAsync(bool on)
    {
        cameraOn = on;
        cameraProblem = null;
        focusRequested = true;
        if (on)
        {
            // The video element exists only after this render; the camera starts in OnAfterRenderAsync.
            cameraStarting = true;
        }
        else if (module is not null)
        {
            await module.InvokeVoidAsync("stopCamera");
        }
    }

    private async Task StartCameraAsync()
    {
        self ??= DotNetObjectReference.Create(this);
        var outcome = await module!.InvokeAsync<string?>("startCamera", video, self);
        if (outcome != "started")
        {
            cameraOn = false;
            cameraProblem = outcome is "denied" or "unsupported" ? outcome : "failed";
            StateHasChanged();
        }
    }

    private async Task OpenWalkInAsync()
    {
        var parameters = new DialogParameters<WalkInDialog> { { d => d.Categories, context!.Categories } };
        var dialog = await Dialogs.ShowAsync<WalkInDialog>(L["CheckIn.Gate.WalkInTitle"], parameters,
            new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true });
        if (await dialog.Result is { Canceled: false, Data: WalkInSaved saved })
        {
            walkIn = saved;
            printJob = null;
        }
        focusRequested = true;
    }

    private async Task PrintWalkInAsync()
    {
        printing = true;
        try
        {
            var result = await BatchJobs.StartAsync(BadgeLayout.A6, BadgeFilter.One(walkIn!.RegistrationId));
            if (result.Succeeded)
            {
                printJob = result.Value;
                error = null;
            }
            else
            {
                error = L.Describe(result.Errors[0]);
            }
        }
        finally
        {
            printing = false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (module is not null)
        {
            try
            {
                await module.InvokeVoidAsync("stopCamera");
                await module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone and the browser stopped the camera with the page.
            }
        }
        self?.Dispose();
    }
}
