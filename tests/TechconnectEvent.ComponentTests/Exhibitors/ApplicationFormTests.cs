using Bunit;
using MudBlazor;
using MudBlazor.Extensions;
using TechconnectEvent.ComponentTests.Support;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.Exhibitors.Pages;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.ComponentTests.Exhibitors;

public sealed class ApplicationFormTests : MudComponentTest
{
    private static readonly ZoneChoice Academic = new(20, "VT", new LocalizedText("Khu viện trường", "Institutes and universities zone"));
    private static readonly ZoneChoice Digital = new(30, "CN", new LocalizedText("Khu trình diễn công nghệ thông tin", "IT demonstration area"));

    private IRenderedComponent<ApplicationForm> RenderForm(ApplicationInput input, IReadOnlyList<OperationError>? serverErrors = null) =>
        Render<ApplicationForm>(p => p
            .Add(f => f.Input, input)
            .Add(f => f.EligibleZones, [Academic, Digital])
            .Add(f => f.ServerErrors, serverErrors ?? []));

    [Fact]
    public async Task ZonePreferenceChoices_AreOnlyTheEligibleZones_PlusNoPreference()
    {
        Render<MudPopoverProvider>();
        var form = RenderForm(new ApplicationInput());

        await form.InvokeAsync(() => form.FindComponents<MudSelect<int?>>()[0].Instance.OpenMenu());

        var choices = form.FindComponents<MudSelectItem<int?>>().Take(3).Select(i => i.Instance.Value).ToList();
        Assert.Equal([null, 20, 30], choices);
        Assert.Equal(9, form.FindComponents<MudSelectItem<int?>>().Count); // three selects, each: none + the two eligible zones
    }

    [Fact]
    public async Task TheSameZoneTwice_ShowsTheVietnameseErrorAtTheSecondPreference_AndBlocksSending()
    {
        var form = RenderForm(new ApplicationInput { BoothsWanted = 2, ZonePreference1Id = 20, ZonePreference2Id = 20 });

        var valid = await form.InvokeAsync(() => form.Instance.ValidateAsync());

        Assert.False(valid);
        var second = form.FindComponents<MudSelect<int?>>()[1].Instance;
        Assert.True(second.GetState(x => x.Error));
        Assert.Equal("Khu này đã có trong các nguyện vọng trước; hãy chọn khu khác.", second.GetState(x => x.ErrorText));
        Assert.False(form.FindComponents<MudSelect<int?>>()[0].Instance.GetState(x => x.Error));
        Assert.Contains("Khu này đã có trong các nguyện vọng trước", form.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DistinctEligiblePreferences_AreValid()
    {
        var form = RenderForm(new ApplicationInput { BoothsWanted = 2, ZonePreference1Id = 30, ZonePreference2Id = 20 });

        Assert.True(await form.InvokeAsync(() => form.Instance.ValidateAsync()));
    }

    [Fact]
    public async Task TooManyBooths_ShowsTheRangeInVietnamese()
    {
        var form = RenderForm(new ApplicationInput { BoothsWanted = 13 });

        Assert.False(await form.InvokeAsync(() => form.Instance.ValidateAsync()));
        Assert.Contains("Đăng ký từ 1 đến 12 gian hàng.", form.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void AServerErrorForAField_IsShownAtThatField()
    {
        var form = RenderForm(new ApplicationInput { ZonePreference1Id = 30 },
            [OperationError.ForField(nameof(ApplicationInput.ZonePreference1Id), "Application.ZoneNotEligible")]);

        Assert.Equal("Khu này không nhận loại hình tổ chức của bạn.", form.FindComponents<MudSelect<int?>>()[0].Instance.GetState(x => x.ErrorText));
    }
}
