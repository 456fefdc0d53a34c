using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using TechconnectEvent.ComponentTests.Support;
using TechconnectEvent.Web.Features.Allocation;
using TechconnectEvent.Web.Features.Allocation.Components;

namespace TechconnectEvent.ComponentTests.Allocation;

/// <summary>MudComponentTest with the allocation services, a signed-in organiser and the booth dialog's helpers.</summary>
public abstract class AllocationComponentTest : MudComponentTest
{
    protected AllocationComponentTest(Action<IServiceCollection>? configureServices = null)
        : base(configureServices: services =>
        {
            services.AddAllocation();
            configureServices?.Invoke(services);
        }) => SignInOrganiser();

    /// <summary>Opens the allocation dialog for a booth through a real dialog provider and waits for it to load.</summary>
    protected async Task<(IRenderedComponent<MudDialogProvider> Provider, IDialogReference Reference)> OpenAsync(int boothId)
    {
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        IDialogReference? reference = null;
        await provider.InvokeAsync(async () => reference = await dialogs.ShowAsync<AllocateBoothDialog>("Gian hàng",
            new DialogParameters<AllocateBoothDialog> { { d => d.BoothId, boothId } }));
        provider.WaitForElement("[data-testid=booth-code]");
        return (provider, reference!);
    }

    /// <summary>Chooses an application in the dialog's select, as a click on its item would.</summary>
    protected static async Task ChooseAsync(IRenderedComponent<MudDialogProvider> provider, int applicationId)
    {
        var select = provider.FindComponent<MudSelect<int?>>();
        await provider.InvokeAsync(() => select.Instance.ValueChanged.InvokeAsync(applicationId));
    }
}
