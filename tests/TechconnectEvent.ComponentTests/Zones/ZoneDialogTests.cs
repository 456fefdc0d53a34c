using System.Security.Claims;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using TechconnectEvent.ComponentTests.Support;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Zones;
using TechconnectEvent.Web.Features.Zones.Pages;
using TechconnectEvent.Web.Infrastructure.Auditing;

namespace TechconnectEvent.ComponentTests.Zones;

public sealed class ZoneDialogTests : MudComponentTest
{
    private readonly int editionId;

    public ZoneDialogTests()
    {
        var organiser = new Actor("u1", "organiser@test", new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "organiser@test"), new Claim(ClaimTypes.Role, Roles.Organiser)], "test")));
        var zones = new ZoneService(Database, new AuditTrail(Clock), new FixedActor(organiser), Clock);
        Services.AddFallbackServiceProvider(new ServiceCollection().AddSingleton(zones).BuildServiceProvider());
        editionId = Database.AddEdition().Id;
    }

    private sealed class FixedActor(Actor actor) : ICurrentActor
    {
        public Task<Actor> GetAsync() => Task.FromResult(actor);
    }

    [Fact]
    public async Task Save_Empty_ShowsVietnameseMessagesAndSavesNothing_ThenSavesWhenFilled()
    {
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        var parameters = new DialogParameters<ZoneDialog> { { d => d.EditionId, editionId }, { d => d.Input, new ZoneInput() } };
        IDialogReference? dialog = null;
        await provider.InvokeAsync(async () => dialog = await dialogs.ShowAsync<ZoneDialog>("Thêm phân khu", parameters));

        await provider.Find("[data-testid=save-zone]").ClickAsync(new());

        provider.WaitForAssertion(() => Assert.Contains("Vui lòng nhập tên tiếng Việt.", provider.Markup));
        Assert.Contains("Mã gồm 1–8 chữ in hoa hoặc chữ số.", provider.Markup);
        using (var db = Database.CreateDbContext())
        {
            Assert.False(await db.Zones.AnyAsync(Xunit.TestContext.Current.CancellationToken));
        }

        Input(provider, "zone-code").Change("ai");
        Input(provider, "zone-name-vi").Change("Khu trí tuệ nhân tạo");
        Input(provider, "zone-name-en").Change("Artificial intelligence");
        await provider.Find("[data-testid=save-zone]").ClickAsync(new());

        var result = await dialog!.Result.WaitAsync(TimeSpan.FromSeconds(5), Xunit.TestContext.Current.CancellationToken);
        Assert.False(result!.Canceled);
        using var check = Database.CreateDbContext();
        Assert.Equal("Khu trí tuệ nhân tạo", (await check.Zones.SingleAsync(Xunit.TestContext.Current.CancellationToken)).Name.Vi);
    }

    private static AngleSharp.Dom.IElement Input(IRenderedComponent<MudDialogProvider> provider, string testId)
    {
        var element = provider.Find($"[data-testid={testId}]");
        return element.TagName == "INPUT" ? element : element.QuerySelector("input")!;
    }
}
