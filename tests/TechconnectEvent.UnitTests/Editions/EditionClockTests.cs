using System.Globalization;
using TechconnectEvent.Web.Features.Editions;

namespace TechconnectEvent.UnitTests.Editions;

public sealed class EditionClockTests
{
    [Fact]
    public void UtcInstant_IsShownInVietnamTime()
    {
        var instant = new DateTimeOffset(2023, 9, 29, 1, 30, 0, TimeSpan.Zero);

        var local = EditionClock.ToLocal(instant);

        Assert.Equal(new DateTime(2023, 9, 29, 8, 30, 0), local.DateTime);
        Assert.Equal(TimeSpan.FromHours(7), local.Offset);
    }

    [Fact]
    public void LateEveningUtc_FallsOnTheNextDayInHaLong()
    {
        var instant = new DateTimeOffset(2023, 9, 29, 18, 0, 0, TimeSpan.Zero);

        Assert.Equal(30, EditionClock.ToLocal(instant).Day);
    }

    [Fact]
    public void Format_FollowsTheCulture()
    {
        var instant = new DateTimeOffset(2023, 9, 29, 1, 30, 0, TimeSpan.Zero);

        Assert.Equal("29/09/2023 08:30", EditionClock.Format(instant, Edition.DefaultTimeZoneId, new CultureInfo("vi-VN")));
        // ICU puts a narrow no-break space before AM.
        Assert.Equal("9/29/2023 8:30\u202FAM", EditionClock.Format(instant, Edition.DefaultTimeZoneId, new CultureInfo("en-US")));
    }

    [Fact]
    public void Now_UsesTheInjectedTimeProvider()
    {
        var clock = new EditionClock(new FixedTime(new DateTimeOffset(2023, 9, 30, 2, 0, 0, TimeSpan.Zero)));

        Assert.Equal(9, clock.Now().Hour);
    }

    [Fact]
    public void DateRange_ShowsBothDays()
    {
        var text = EditionClock.FormatDateRange(new DateOnly(2023, 9, 29), new DateOnly(2023, 9, 30), new CultureInfo("vi-VN"));

        Assert.Equal("29/09/2023 – 30/09/2023", text);
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
