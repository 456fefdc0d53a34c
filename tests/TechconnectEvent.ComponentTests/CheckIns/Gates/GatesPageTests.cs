using Bunit;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using TechconnectEvent.ComponentTests.Support;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.CheckIns;
using TechconnectEvent.Web.Features.CheckIns.Gates;
using TechconnectEvent.Web.Features.CheckIns.Gates.Pages;
using TechconnectEvent.Web.Features.Registrations;

namespace TechconnectEvent.ComponentTests.CheckIns.Gates;

public sealed class GatesPageTests : MudComponentTest
{
    private readonly int editionId;
    private readonly int mainGateId;

    public GatesPageTests() : base(configureServices: services => services.AddGatesAdmin())
    {
        editionId = Database.AddEdition().Id;
        using var db = Database.CreateDbContext();
        var gate = ScanPointDefaults.MainGate(editionId);
        db.ScanPoints.Add(gate);
        db.SaveChanges();
        mainGateId = gate.Id;
        SignInOrganiser();
        Auth.SetPolicies(Policies.Organisers);
    }

    [Fact]
    public void SavingAnEmptyGate_ShowsTheMessagesBesideTheFields_AndWritesNothing()
    {
        var host = RenderPage();

        host.Find("[data-testid=add-gate]").Click();
        host.WaitForElement("[data-testid=gate-save]").Click();

        host.WaitForAssertion(() => Assert.Contains("Hãy nhập mã cổng.", host.Markup, StringComparison.Ordinal));
        Assert.Contains("Hãy nhập tên cổng.", host.Markup, StringComparison.Ordinal);
        Assert.Equal(1, GateCount());
    }

    [Fact]
    public void ACodeTheEditionHas_IsRefusedBesideTheCode_ThenANewOneIsSaved()
    {
        var host = RenderPage();
        host.Find("[data-testid=add-gate]").Click();
        host.WaitForElement("[data-testid=gate-save]");

        Input(host, "gate-code").Change("Main");
        Input(host, "gate-name").Change("Cổng A – Sảnh triển lãm");
        host.Find("[data-testid=gate-save]").Click();
        host.WaitForAssertion(() => Assert.Contains("Mã “Main” đã được dùng cho một cổng khác trong kỳ này.", host.Markup, StringComparison.Ordinal));

        Input(host, "gate-code").Change("A");
        host.Find("[data-testid=gate-save]").Click();

        host.WaitForAssertion(() => Assert.Equal(2, host.FindAll("[data-testid=gate-open]").Count));
        Assert.Contains("Cổng A – Sảnh triển lãm", host.Find("[data-testid=gate-table]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClosingAGate_AsksFirst_ThenMarksItClosed()
    {
        var host = RenderPage();

        host.Find("[data-testid=close-gate]").Click();
        host.WaitForAssertion(() => Assert.Contains("Đóng Cổng chính? Các lượt quét tại đây sẽ bị từ chối", host.Markup, StringComparison.Ordinal));
        Assert.False(Gate().IsClosed);
        await host.InvokeAsync(() => host.FindAll("button").Last(b => b.TextContent.Trim() == "Đóng cổng").Click());

        host.WaitForAssertion(() => Assert.Single(host.FindAll("[data-testid=gate-closed]")));
        Assert.True(Gate().IsClosed);
    }

    [Fact]
    public void DeletingAGateWithCheckIns_IsRefusedWithTheReason_AndOffersToClose()
    {
        AddCheckIn();
        var host = RenderPage();

        host.Find("[data-testid=delete-gate]").Click();

        host.WaitForAssertion(() => Assert.Contains("Không thể xóa Cổng chính: đã ghi nhận 1 lượt vào và 0 lượt quét tại đây. Đóng cổng thay vì xóa?",
            host.Markup, StringComparison.Ordinal));
        Assert.Equal(1, GateCount());
    }

    private IRenderedComponent<Microsoft.AspNetCore.Components.IComponent> RenderPage()
    {
        var host = Render(builder =>
        {
            builder.OpenComponent<MudPopoverProvider>(0);
            builder.CloseComponent();
            builder.OpenComponent<MudDialogProvider>(1);
            builder.CloseComponent();
            builder.OpenComponent<GatesPage>(2);
            builder.CloseComponent();
        });
        host.WaitForElement("[data-testid=gate-open]");
        return host;
    }

    private static AngleSharp.Dom.IElement Input(IRenderedComponent<Microsoft.AspNetCore.Components.IComponent> host, string testId)
    {
        var element = host.Find($"[data-testid={testId}]");
        return element.TagName == "INPUT" || element.TagName == "TEXTAREA" ? element : element.QuerySelector("input, textarea")!;
    }

    private ScanPoint Gate()
    {
        using var db = Database.CreateDbContext();
        return db.ScanPoints.AsNoTracking().Single(p => p.Id == mainGateId);
    }

    private int GateCount()
    {
        using var db = Database.CreateDbContext();
        return db.ScanPoints.Count(p => p.EditionId == editionId);
    }

    private void AddCheckIn()
    {
        using var db = Database.CreateDbContext();
        var categories = RegistrationCategoryDefaults.For(editionId);
        db.RegistrationCategories.AddRange(categories);
        db.SaveChanges();
        var person = new Registration
        {
            EditionId = editionId, CategoryId = categories[0].Id, FullName = "Lê Thị Lan", DaysMask = 3, BadgeCode = BadgeCodes.New(),
            ManagementTokenHash = ManagementTokens.Hash(ManagementTokens.New()), RegisteredAt = Clock.GetUtcNow(),
        };
        db.Registrations.Add(person);
        db.SaveChanges();
        db.CheckIns.Add(new CheckIn { EditionId = editionId, RegistrationId = person.Id, ScanPointId = mainGateId, At = Clock.GetUtcNow() });
        db.SaveChanges();
    }
}
