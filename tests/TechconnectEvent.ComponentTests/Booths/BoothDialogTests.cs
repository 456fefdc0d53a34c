using System.Security.Claims;
using AngleSharp.Dom;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor;
using TechconnectEvent.ComponentTests.Support;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Booths.Pages;
using TechconnectEvent.Web.Features.Zones;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;

namespace TechconnectEvent.ComponentTests.Booths;

public sealed class BoothDialogTests : MudComponentTest
{
    private readonly int editionId;
    private readonly Zone zone;

    public BoothDialogTests()
    {
        // The base class has already built bUnit's provider; the booth service comes from a fallback provider.
        var organiser = new Actor("u1", "organiser@test", new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "organiser@test"), new Claim(ClaimTypes.Role, Roles.Organiser)], "test")));
        var booths = new BoothService(Database, new AuditTrail(Clock), new FixedActor(organiser),
            new ChangeNotifier<BoothChange>(), Options.Create(new HallOptions()), Clock);
        Services.AddFallbackServiceProvider(new ServiceCollection().AddSingleton(booths).BuildServiceProvider());

        editionId = Database.AddEdition().Id;
        using var db = Database.CreateDbContext();
        zone = new Zone { EditionId = editionId, Code = "AI", Name = new LocalizedText("Khu trí tuệ nhân tạo", "Artificial intelligence") };
        db.Zones.Add(zone);
        db.SaveChanges();
        db.Booths.Add(new Booth { EditionId = editionId, ZoneId = zone.Id, Code = "AI-01", X = 0, Y = 0 });
        db.SaveChanges();
    }

    private sealed class FixedActor(Actor actor) : ICurrentActor
    {
        public Task<Actor> GetAsync() => Task.FromResult(actor);
    }

    private async Task<(IRenderedComponent<MudDialogProvider> Provider, IDialogReference Dialog)> OpenAsync(BoothInput input)
    {
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        var parameters = new DialogParameters<BoothDialog>
        {
            { d => d.EditionId, editionId },
            { d => d.Input, input },
            { d => d.Zones, new[] { zone } },
        };
        IDialogReference? reference = null;
        await provider.InvokeAsync(async () => reference = await dialogs.ShowAsync<BoothDialog>("Thêm gian", parameters));
        return (provider, reference!);
    }

    private static IElement Field(IRenderedComponent<MudDialogProvider> provider, string testId)
    {
        var element = provider.Find($"[data-testid={testId}]");
        return element.TagName == "INPUT" ? element : element.QuerySelector("input")!;
    }

    private static string FieldText(IRenderedComponent<MudDialogProvider> provider, string testId)
    {
        var element = provider.Find($"[data-testid={testId}]");
        return element.Closest(".mud-input-control")!.TextContent;
    }

    [Fact]
    public async Task Save_WithAnInvalidCode_ShowsTheVietnameseMessageUnderTheCodeField()
    {
        var (provider, _) = await OpenAsync(new BoothInput { ZoneId = zone.Id, Code = "", X = 10, Y = 10 });

        Field(provider, "booth-code").Change("ai 02!");
        await provider.Find("[data-testid=save-booth]").ClickAsync(new());

        provider.WaitForAssertion(() =>
            Assert.Contains("Dùng chữ in hoa, chữ số và dấu gạch ngang", FieldText(provider, "booth-code")));
        using var db = Database.CreateDbContext();
        Assert.Equal(1, await db.Booths.CountAsync(Xunit.TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Save_OverlappingAnotherBooth_ShowsTheServerMessageNextToThePosition()
    {
        var (provider, _) = await OpenAsync(new BoothInput { ZoneId = zone.Id, Code = "AI-02", X = 1, Y = 1 });

        await provider.Find("[data-testid=save-booth]").ClickAsync(new());

        provider.WaitForAssertion(() =>
            Assert.Contains("Gian AI-02 sẽ chồng lên gian AI-01.", FieldText(provider, "booth-x")));
        using var db = Database.CreateDbContext();
        Assert.False(await db.Booths.AnyAsync(b => b.Code == "AI-02", Xunit.TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Save_ValidBooth_CallsTheServiceAndClosesWithTheCode()
    {
        var (provider, dialog) = await OpenAsync(new BoothInput { ZoneId = zone.Id, Code = "", X = 10, Y = 10 });

        Field(provider, "booth-code").Change("ai-02");
        await provider.Find("[data-testid=save-booth]").ClickAsync(new());

        var result = await dialog.Result.WaitAsync(TimeSpan.FromSeconds(5), Xunit.TestContext.Current.CancellationToken);
        Assert.False(result!.Canceled);
        Assert.Equal("AI-02", result.Data);
        using var db = Database.CreateDbContext();
        var booth = await db.Booths.SingleAsync(b => b.Code == "AI-02", Xunit.TestContext.Current.CancellationToken);
        Assert.Equal((10d, 10d, BoothStatus.Available), (booth.X, booth.Y, booth.Status));
    }
}
