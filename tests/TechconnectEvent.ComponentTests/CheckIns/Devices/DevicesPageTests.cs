using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using TechconnectEvent.ComponentTests.Support;
using TechconnectEvent.Web.Features.CheckIns;
using TechconnectEvent.Web.Features.CheckIns.Devices;
using DevicesPage = TechconnectEvent.Web.Features.CheckIns.Devices.Pages.Devices;

namespace TechconnectEvent.ComponentTests.CheckIns.Devices;

public sealed class DevicesPageTests : MudComponentTest
{
    private readonly int mainGateId;

    public DevicesPageTests() : base(configureServices: services => services.AddDevices())
    {
        SignInOrganiser();
        var editionId = Database.AddEdition().Id;
        using var db = Database.CreateDbContext();
        var gate = ScanPointDefaults.MainGate(editionId);
        db.ScanPoints.Add(gate);
        db.SaveChanges();
        mainGateId = gate.Id;
        EditionId = editionId;
    }

    private int EditionId { get; }

    private static CancellationToken Token => Xunit.TestContext.Current.CancellationToken;

    [Fact]
    public void NoDevices_TheEmptyState_SaysWhatADeviceIs_AndNamesTheCommand()
    {
        var page = Render<DevicesPage>();

        var empty = page.WaitForElement("[data-testid=devices-empty]");
        Assert.Contains("Thiết bị quét là máy quét cầm tay", empty.TextContent, StringComparison.Ordinal);
        Assert.Contains("device add --name", empty.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("table"));
    }

    [Fact]
    public async Task AddDevice_ShowsItsKeyOnce_WithTheRequestFormat_AndTheListShowsOnlyItsHint()
    {
        var dialogs = Render<MudDialogProvider>();
        var page = Render<DevicesPage>();
        page.WaitForElement("[data-testid=devices-empty]");

        // The page waits on the dialog it opens: the click completes only when the flow does.
        var adding = page.Find("button[data-testid=device-add]").ClickAsync(new());
        dialogs.WaitForElement("[data-testid=device-name]");
        Input(dialogs, "device-name").Input("Máy quét cổng chính 1");
        await dialogs.Find("[data-testid=device-save]").ClickAsync(new());

        var keyField = dialogs.WaitForElement("[data-testid=device-key] input, input[data-testid=device-key]");
        var key = keyField.GetAttribute("value")!;
        Assert.True(keyField.HasAttribute("readonly"));
        await using (var db = Database.CreateDbContext())
        {
            var device = await db.Devices.SingleAsync(Token);
            Assert.Equal((DeviceKeys.Hash(key), "Máy quét cổng chính 1", mainGateId), (device.KeyHash, device.Name, device.DefaultScanPointId!.Value));
        }
        Assert.Contains("sẽ không được hiển thị lại", dialogs.Find("[data-testid=device-key-warning]").TextContent, StringComparison.Ordinal);
        Assert.Contains("X-Device-Key: " + key, dialogs.Markup, StringComparison.Ordinal);
        Assert.Contains("POST /api/checkin", dialogs.Markup, StringComparison.Ordinal);
        Assert.Contains("\"nonce\"", dialogs.Markup, StringComparison.Ordinal);

        await dialogs.Find("[data-testid=device-key-done]").ClickAsync(new());
        await adding.WaitAsync(TimeSpan.FromSeconds(5), Token);

        dialogs.WaitForAssertion(() => Assert.DoesNotContain(key, dialogs.Markup, StringComparison.Ordinal));
        page.WaitForAssertion(() => Assert.Contains("Máy quét cổng chính 1", page.Find("tbody tr").TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain(key, page.Markup, StringComparison.Ordinal);
        Assert.Contains(key[..DeviceKeys.HintLength] + "…", page.Find("tbody tr").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddDevice_WithoutAName_SaysSoBesideTheField_AndAddsNothing()
    {
        var dialogs = Render<MudDialogProvider>();
        var page = Render<DevicesPage>();
        page.WaitForElement("[data-testid=devices-empty]");

        _ = page.Find("button[data-testid=device-add]").ClickAsync(new());
        await dialogs.WaitForElement("[data-testid=device-save]").ClickAsync(new());

        dialogs.WaitForAssertion(() => Assert.Contains("Vui lòng nhập tên thiết bị.", dialogs.Markup, StringComparison.Ordinal));
        Assert.Empty(dialogs.FindAll("[data-testid=device-key]"));
        await using var db = Database.CreateDbContext();
        Assert.False(await db.Devices.AnyAsync(Token));
    }

    [Fact]
    public async Task Revoke_AsksFirstNamingTheDevice_ThenShowsItRevokedWithTheDate()
    {
        var added = await Services.GetRequiredService<DeviceAdminService>().AddAsync(EditionId, "Máy quét cổng B", mainGateId, Token);
        var dialogs = Render<MudDialogProvider>();
        var page = Render<DevicesPage>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("button[data-testid=device-revoke]")));

        var revoking = page.Find("button[data-testid=device-revoke]").ClickAsync(new());

        dialogs.WaitForAssertion(() => Assert.Contains("Thu hồi thiết bị Máy quét cổng B?", dialogs.Markup, StringComparison.Ordinal));
        await using (var before = Database.CreateDbContext())
        {
            Assert.Null((await before.Devices.SingleAsync(Token)).RevokedAt);
        }
        var confirm = dialogs.FindAll(".mud-dialog-actions button").Single(b => b.TextContent.Trim() == "Thu hồi");
        await confirm.ClickAsync(new());
        await revoking.WaitAsync(TimeSpan.FromSeconds(5), Token);

        page.WaitForAssertion(() => Assert.Contains("Đã thu hồi 20/09/2023", page.Find("[data-testid=device-revoked]").TextContent, StringComparison.Ordinal));
        Assert.Contains("tc-device-revoked", page.Find("tbody tr").ClassName, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("button[data-testid=device-revoke]"));
        await using var after = Database.CreateDbContext();
        Assert.Equal(Clock.GetUtcNow(), (await after.Devices.SingleAsync(d => d.Id == added.Value!.Id, Token)).RevokedAt);
    }

    [Fact]
    public async Task Revoke_Cancelled_LeavesTheDeviceWorking()
    {
        await Services.GetRequiredService<DeviceAdminService>().AddAsync(EditionId, "Máy quét cổng B", mainGateId, Token);
        var dialogs = Render<MudDialogProvider>();
        var page = Render<DevicesPage>();
        page.WaitForAssertion(() => Assert.Single(page.FindAll("button[data-testid=device-revoke]")));

        var revoking = page.Find("button[data-testid=device-revoke]").ClickAsync(new());
        var cancel = dialogs.WaitForElements(".mud-dialog-actions button").Single(b => b.TextContent.Trim() == "Hủy");
        await cancel.ClickAsync(new());
        await revoking.WaitAsync(TimeSpan.FromSeconds(5), Token);

        await using var db = Database.CreateDbContext();
        Assert.Null((await db.Devices.SingleAsync(Token)).RevokedAt);
        Assert.Empty(page.FindAll("[data-testid=device-revoked]"));
    }

    private static AngleSharp.Dom.IElement Input(IRenderedComponent<MudDialogProvider> provider, string testId)
    {
        var element = provider.Find($"[data-testid={testId}]");
        return element.TagName == "INPUT" ? element : element.QuerySelector("input")!;
    }
}
