namespace TechconnectEvent.Web.Infrastructure.Mail;

/// <summary>
/// When a message that failed is tried again: soon at first (a mail server restarting), then ever more rarely (a
/// server down for the night), so that the last of <see cref="OutboxMessage.MaxAttempts"/> tries is about a day
/// after the first.
/// </summary>
public static class OutboxBackoff
{
    private static readonly TimeSpan[] Delays =
    [
        TimeSpan.FromMinutes(1),
        TimeSpan.FromMinutes(5),
        TimeSpan.FromMinutes(15),
        TimeSpan.FromHours(1),
        TimeSpan.FromHours(3),
        TimeSpan.FromHours(6),
        TimeSpan.FromHours(12),
    ];

    /// <summary>The wait after the given number of failed tries (1 = the first failure); null when none is left.</summary>
    public static TimeSpan? After(int failedAttempts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failedAttempts, 1);
        return failedAttempts >= OutboxMessage.MaxAttempts ? null : Delays[Math.Min(failedAttempts, Delays.Length) - 1];
    }
}
