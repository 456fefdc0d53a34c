using TechconnectEvent.Web.Infrastructure.Mail;

namespace TechconnectEvent.UnitTests.Mail;

public sealed class OutboxBackoffTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 5)]
    [InlineData(3, 15)]
    [InlineData(4, 60)]
    [InlineData(5, 180)]
    [InlineData(6, 360)]
    [InlineData(7, 720)]
    public void After_FailedTries_WaitsLongerEachTime(int failures, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), OutboxBackoff.After(failures));

    [Fact]
    public void After_LastAllowedTry_LeavesNoRetry()
    {
        Assert.Null(OutboxBackoff.After(OutboxMessage.MaxAttempts));
        Assert.NotNull(OutboxBackoff.After(OutboxMessage.MaxAttempts - 1));
    }

    [Fact]
    public void After_EveryTry_TheWaitsAddUpToAboutADay()
    {
        var total = Enumerable.Range(1, OutboxMessage.MaxAttempts - 1).Sum(n => OutboxBackoff.After(n)!.Value.TotalHours);
        Assert.InRange(total, 20, 26);
    }

    [Fact]
    public void After_NoFailure_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => OutboxBackoff.After(0));
}
