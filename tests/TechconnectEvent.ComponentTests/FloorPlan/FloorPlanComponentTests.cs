using Bunit;
using TechconnectEvent.ComponentTests.Support;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.FloorPlan;
using TechconnectEvent.Web.Features.Zones;
using TechconnectEvent.Web.Infrastructure.Localization;
using FloorPlanComponent = TechconnectEvent.Web.Features.FloorPlan.Components.FloorPlan;

namespace TechconnectEvent.ComponentTests.FloorPlan;

public sealed class FloorPlanComponentTests : MudComponentTest
{
    private static readonly FloorPlanZone Ai = new(1, "AI", new("Khu công nghệ trí tuệ nhân tạo", "Artificial intelligence technology zone"), ZoneKind.FunctionalZone, "#4A148C", false);
    private static readonly FloorPlanZone Localities = new(2, "DP", new("Các địa phương", "Localities"), ZoneKind.FunctionalZone, "#FBC02D", false);
    private static readonly FloorPlanExhibitor Vast = new(7, new LocalizedText("Viện Hàn lâm Khoa học và Công nghệ Việt Nam", "Vietnam Academy of Science and Technology"), "VAST", []);

    private static FloorPlanBooth Booth(int id, string code, FloorPlanZone zone, BoothStatus status, FloorPlanExhibitor? exhibitor = null) =>
        new(id, code, zone.Id, BoothSize.Standard, id * 3, 4, 3, 3, status, 1, null, null, exhibitor);

    private static readonly FloorPlanBooth[] Booths =
    [
        Booth(1, "AI-01", Ai, BoothStatus.Allocated, Vast),
        Booth(2, "AI-02", Ai, BoothStatus.Available),
        Booth(3, "AI-03", Ai, BoothStatus.Held),
        Booth(4, "DP-01", Localities, BoothStatus.Blocked),
    ];

    private static FloorPlanData Plan() =>
        new(1, new("Techconnect 2023", "Techconnect 2023"), Edition.DefaultTimeZoneId, FloorPlanQuery.ExtentOf(Booths), [Ai, Localities], Booths);

    [Fact]
    public void EveryBooth_IsDrawnWithItsCodeZoneColourAndStatusMarker()
    {
        var plan = Render<FloorPlanComponent>(p => p.Add(x => x.Plan, Plan()));

        var booths = plan.FindAll("g.tc-booth");
        Assert.Equal(["AI-01", "AI-02", "AI-03", "DP-01"], booths.Select(b => b.GetAttribute("data-code")));
        Assert.All(booths, b => Assert.Contains(b.GetAttribute("data-code")!, b.QuerySelector("text")!.TextContent));

        var allocated = plan.Find("[data-code='AI-01']");
        Assert.Equal("Allocated", allocated.GetAttribute("data-status"));
        Assert.Equal("#4A148C", allocated.QuerySelector("rect")!.GetAttribute("fill"));
        Assert.Contains("VAST", allocated.TextContent);

        var available = plan.Find("[data-code='AI-02'] rect");
        Assert.Equal("#4A148C", available.GetAttribute("stroke"));
        Assert.NotEqual("#4A148C", available.GetAttribute("fill"));

        var held = plan.Find("[data-code='AI-03'] rect");
        Assert.StartsWith("url(#tc-hatch-", held.GetAttribute("fill"), StringComparison.Ordinal);

        var blocked = plan.Find("[data-code='DP-01']");
        Assert.NotNull(blocked.QuerySelector("path.tc-booth-cross"));
        Assert.Equal(BoothColours.BlockedFill.Hex, blocked.QuerySelector("rect")!.GetAttribute("fill"));
        Assert.Null(allocated.QuerySelector("path.tc-booth-cross"));
    }

    [Fact]
    public void CodeText_ContrastsWithItsFill()
    {
        var plan = Render<FloorPlanComponent>(p => p.Add(x => x.Plan, Plan()));

        // White on the dark purple of an allocated AI booth; black on the light fill of an available one.
        Assert.Equal("#FFFFFF", plan.Find("[data-code='AI-01'] text").GetAttribute("fill"));
        Assert.Equal("#000000", plan.Find("[data-code='AI-02'] text").GetAttribute("fill"));
    }

    [Fact]
    public void Booths_AreFocusableButtonsNamedByCodeZoneStatusAndExhibitor()
    {
        var plan = Render<FloorPlanComponent>(p => p.Add(x => x.Plan, Plan()));

        var allocated = plan.Find("[data-code='AI-01']");
        Assert.Equal("0", allocated.GetAttribute("tabindex"));
        Assert.Equal("button", allocated.GetAttribute("role"));
        // The name starts with the text drawn on the booth (code, then the exhibitor's initials): WCAG 2.5.3.
        var initials = allocated.QuerySelector("text.tc-booth-initials")!.TextContent;
        Assert.Equal($"AI-01 {initials}, Khu công nghệ trí tuệ nhân tạo, Đã phân bổ: Viện Hàn lâm Khoa học và Công nghệ Việt Nam", allocated.GetAttribute("aria-label"));
        Assert.StartsWith(string.Join(" ", allocated.QuerySelectorAll("text").Select(t => t.TextContent.Trim())), allocated.GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.Equal("AI-02, Khu công nghệ trí tuệ nhân tạo, Còn trống", plan.Find("[data-code='AI-02']").GetAttribute("aria-label"));
        Assert.All(plan.FindAll(".tc-plan-toolbar button"), b => Assert.False(string.IsNullOrEmpty(b.GetAttribute("aria-label"))));
    }

    [Fact]
    public void ClickingOrPressingEnterOnABooth_RaisesTheSelectedCallback()
    {
        var selected = new List<string>();
        var plan = Render<FloorPlanComponent>(p => p
            .Add(x => x.Plan, Plan())
            .Add(x => x.OnBoothSelected, booth => selected.Add(booth.Code)));

        plan.Find("[data-code='AI-02']").Click();
        plan.Find("[data-code='DP-01']").KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Enter" });
        plan.Find("[data-code='AI-01']").KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "a" });

        Assert.Equal(["AI-02", "DP-01"], selected);
    }

    [Fact]
    public void SelectedBooth_IsMarked()
    {
        var plan = Render<FloorPlanComponent>(p => p.Add(x => x.Plan, Plan()).Add(x => x.SelectedBoothId, 3));

        Assert.Contains("tc-booth--selected", plan.Find("[data-code='AI-03']").ClassName);
        Assert.Equal("true", plan.Find("[data-code='AI-03']").GetAttribute("aria-pressed"));
        Assert.DoesNotContain("tc-booth--selected", plan.Find("[data-code='AI-02']").ClassName);
    }

    [Fact]
    public void ReadOnlyPlan_HasNoButtonsAndIgnoresClicks()
    {
        var selected = new List<string>();
        var plan = Render<FloorPlanComponent>(p => p
            .Add(x => x.Plan, Plan())
            .Add(x => x.Interactive, false)
            .Add(x => x.OnBoothSelected, booth => selected.Add(booth.Code)));

        var booth = plan.Find("[data-code='AI-02']");
        Assert.Null(booth.GetAttribute("tabindex"));
        Assert.Equal("img", booth.GetAttribute("role"));
        booth.Click();
        Assert.Empty(selected);
    }

    [Fact]
    public void Highlight_EmphasisesTheHitsAndDimsTheRest()
    {
        var plan = Render<FloorPlanComponent>(p => p.Add(x => x.Plan, Plan()).Add(x => x.Highlight, new HashSet<int> { 1 }));

        Assert.Contains("tc-booth--hit", plan.Find("[data-code='AI-01']").ClassName);
        Assert.Contains("tc-booth--dimmed", plan.Find("[data-code='AI-02']").ClassName);
    }

    [Fact]
    public void Legend_ListsEveryZoneWithItsColourAndEveryStatus()
    {
        var plan = Render<FloorPlanComponent>(p => p.Add(x => x.Plan, Plan()));

        var legend = plan.Find("[data-testid='floor-plan-legend']");
        Assert.Contains("Khu công nghệ trí tuệ nhân tạo", legend.TextContent);
        Assert.Contains("background:#FBC02D", legend.QuerySelector("[data-zone='DP'] .tc-legend-swatch")!.GetAttribute("style"));
        Assert.Equal(4, legend.QuerySelectorAll("[data-status]").Length);
        Assert.Contains("Đang giữ chỗ", legend.TextContent);
    }

    [Fact]
    public void Numbers_AreWrittenWithADotEvenInVietnamese()
    {
        var booths = new[] { new FloorPlanBooth(1, "AI-01", 1, BoothSize.Standard, 1.5, 2.25, 3, 3, BoothStatus.Available, 1, null, null, null) };
        var data = new FloorPlanData(1, new("x", "x"), Edition.DefaultTimeZoneId, FloorPlanQuery.ExtentOf(booths), [Ai], booths);

        var plan = Render<FloorPlanComponent>(p => p.Add(x => x.Plan, data));

        Assert.Equal("1.5", plan.Find("[data-code='AI-01'] rect").GetAttribute("x"));
        Assert.Equal("-0.5 0.25 7 7", plan.Find("svg.tc-plan-svg").GetAttribute("viewBox"));
    }

    [Fact]
    public void Markup_HasNoUntranslatedKeys()
    {
        var plan = Render<FloorPlanComponent>(p => p.Add(x => x.Plan, Plan()));

        Assert.DoesNotContain("BoothStatus.", plan.Markup);
        Assert.DoesNotContain("FloorPlan.", plan.Markup);
    }
}
