using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using TechconnectEvent.ComponentTests.Support;
using TechconnectEvent.Web.Features.Registrations.Admin.Pages;

namespace TechconnectEvent.ComponentTests.Registrations.Admin;

public sealed class RegistrationReasonDialogTests : MudComponentTest
{
    private async Task<(IRenderedComponent<MudDialogProvider> Provider, IDialogReference Dialog)> OpenAsync()
    {
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        var parameters = new DialogParameters<RegistrationReasonDialog> { { d => d.Reject, true }, { d => d.Who, "Kim Min-jun" } };
        IDialogReference? reference = null;
        await provider.InvokeAsync(async () => reference = await dialogs.ShowAsync<RegistrationReasonDialog>("Từ chối", parameters));
        return (provider, reference!);
    }

    [Fact]
    public async Task Reject_WithoutAReason_StaysOpenAndSaysWhy()
    {
        var (provider, dialog) = await OpenAsync();

        await provider.Find("[data-testid=confirm-decision]").ClickAsync(new());

        provider.WaitForAssertion(() => Assert.Contains("Hãy nhập lý do", provider.Markup));
        Assert.False(dialog.Result.IsCompleted);
    }

    [Fact]
    public async Task Reject_WithAReason_ClosesWithTheTrimmedReason()
    {
        var (provider, dialog) = await OpenAsync();

        await provider.Find("textarea").ChangeAsync(new() { Value = "  Hết hạn đăng ký báo chí  " });
        await provider.Find("[data-testid=confirm-decision]").ClickAsync(new());

        var result = await dialog.Result.WaitAsync(TimeSpan.FromSeconds(5), Xunit.TestContext.Current.CancellationToken);
        Assert.Equal("Hết hạn đăng ký báo chí", result!.Data);
    }
}
