using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using TechconnectEvent.Web.Features.Forum.Scheduling;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.UnitTests.Forum.Scheduling;

public sealed class ClashTextTests
{
    private static readonly IStringLocalizer<SharedResource> Localizer = new ServiceCollection().AddLogging().AddProductLocalization()
        .BuildServiceProvider().GetRequiredService<IStringLocalizer<SharedResource>>();

    private static readonly LocalizedText Other = new("Diễn đàn Công nghệ và Năng lượng", "Technology and Energy Forum");

    private static string InCulture(string culture, Clash clash)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return ClashText.Describe(clash, Localizer);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static Clash Of(ClashKind kind, string? person = null, int? planned = null, int? available = null) =>
        new(kind, kind == ClashKind.AudienceAboveCapacity ? ClashSeverity.Warning : ClashSeverity.Blocking, 1,
            new LocalizedText("Phiên 1", "Session 1"), 2, Other, person, planned, available);

    [Fact]
    public void A_double_booked_room_names_the_other_session_in_the_readers_language()
    {
        Assert.Equal("Phòng đã có phiên «Diễn đàn Công nghệ và Năng lượng» trong khung giờ này.", InCulture("vi-VN", Of(ClashKind.RoomDoubleBooked)));
        Assert.Equal("The room already has the session «Technology and Energy Forum» at this time.", InCulture("en-US", Of(ClashKind.RoomDoubleBooked)));
    }

    [Fact]
    public void A_double_booked_person_is_named_with_the_other_session()
    {
        var text = InCulture("vi-VN", Of(ClashKind.PersonDoubleBooked, person: "GS.TS. Nguyễn Văn Đức"));

        Assert.Contains("GS.TS. Nguyễn Văn Đức", text);
        Assert.Contains("«Diễn đàn Công nghệ và Năng lượng»", text);
    }

    [Theory]
    [InlineData(ClashKind.SpeakerMinutesExceedLength)]
    [InlineData(ClashKind.AudienceAboveCapacity)]
    public void Counted_clashes_give_both_figures(ClashKind kind)
    {
        var text = InCulture("en-US", Of(kind, planned: 75, available: 60));

        Assert.Contains("75", text);
        Assert.Contains("60", text);
    }

    [Theory]
    [InlineData(ClashKind.OutsideEditionDays)]
    [InlineData(ClashKind.EndsBeforeStart)]
    public void Every_kind_has_its_own_sentence_in_both_languages(ClashKind kind)
    {
        var vi = InCulture("vi-VN", Of(kind));
        var en = InCulture("en-US", Of(kind));

        Assert.NotEqual(vi, en);
        Assert.DoesNotContain("Forum.Clash", vi);
        Assert.NotEqual(InCulture("en-US", Of(ClashKind.RoomDoubleBooked)), en);
    }
}
