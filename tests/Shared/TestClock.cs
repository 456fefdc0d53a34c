using System.Globalization;
using Microsoft.Extensions.Time.Testing;

namespace TechconnectEvent.Testing;

/// <summary>
/// The clock every test gives the app: its date and time stand still at <see cref="Instant"/> until a test moves
/// them (<c>Advance</c>, <c>SetUtcNow</c>), so no test depends on today's date or the machine's time zone
/// (local time is UTC). Timers and timestamps still run on the machine's clock: MudBlazor's popovers and debounced
/// inputs wait on timers from the app's TimeProvider, and a fake that fires timers only when advanced would freeze them.
/// </summary>
public sealed class TestClock : FakeTimeProvider
{
    /// <summary>Set to an ISO 8601 instant (e.g. 2026-11-30T23:30:00Z) to run the suite at another moment.</summary>
    public const string Variable = "TECHCONNECT_TEST_NOW";

    /// <summary>Nine days before the demo edition (29–30 September 2023, Ha Long): holds and allocations are open.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2023, 9, 20, 2, 0, 0, TimeSpan.Zero);

    public TestClock() : this(Instant)
    {
    }

    public TestClock(DateTimeOffset start) : base(start)
    {
    }

    /// <summary>Where every new clock starts: <see cref="Variable"/> when set, else <see cref="DefaultStart"/>.</summary>
    public static DateTimeOffset Instant { get; } =
        DateTimeOffset.TryParse(Environment.GetEnvironmentVariable(Variable), CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal, out var configured)
            ? configured.ToUniversalTime()
            : DefaultStart;

    private TimeSpan shift;

    /// <summary>
    /// Puts the clock at <paramref name="instant"/>, earlier or later: FakeTimeProvider itself only moves forward,
    /// and a test that needs a given moment must not depend on where <see cref="Instant"/> was set.
    /// </summary>
    public void MoveTo(DateTimeOffset instant) => shift = instant - base.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + shift;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        System.CreateTimer(callback, state, dueTime, period);

    public override long GetTimestamp() => System.GetTimestamp();

    public override long TimestampFrequency => System.TimestampFrequency;
}
