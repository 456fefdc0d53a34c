using System.Linq.Expressions;

namespace TechconnectEvent.Web.Features.Booths;

/// <summary>
/// A hold ends by itself: once <see cref="Booth.HeldUntil"/> has passed, the booth is free everywhere (plan, grid,
/// directory, PDFs, counts) although its row still says Held until somebody lifts, re-holds or allocates it.
/// Every read that shows or counts a status goes through here, so no surface can disagree with another.
/// A Held booth without an end date stays held. <c>now</c> comes from the caller's injected TimeProvider, in UTC
/// (instants are stored in UTC, so the database compares like with like).
/// </summary>
public static class BoothHoldExpiry
{
    public static bool IsExpired(BoothStatus status, DateTimeOffset? heldUntil, DateTimeOffset now) =>
        status == BoothStatus.Held && heldUntil is { } until && until <= now;

    /// <summary>The status people see at <paramref name="now"/>.</summary>
    public static BoothStatus StatusAt(BoothStatus status, DateTimeOffset? heldUntil, DateTimeOffset now) =>
        IsExpired(status, heldUntil, now) ? BoothStatus.Available : status;

    /// <summary>The end of a hold that is still running at <paramref name="now"/>; null for any other booth.</summary>
    public static DateTimeOffset? LiveUntil(BoothStatus status, DateTimeOffset? heldUntil, DateTimeOffset now) =>
        status == BoothStatus.Held && !IsExpired(status, heldUntil, now) ? heldUntil : null;

    /// <summary><see cref="StatusAt"/> for a query: group or select by it and the database does the work.</summary>
    public static Expression<Func<Booth, BoothStatus>> Status(DateTimeOffset now) =>
        b => b.Status == BoothStatus.Held && b.HeldUntil != null && b.HeldUntil <= now ? BoothStatus.Available : b.Status;

    /// <summary>Booths whose status, seen at <paramref name="now"/>, is <paramref name="status"/>: a query filter.</summary>
    public static Expression<Func<Booth, bool>> HasStatus(BoothStatus status, DateTimeOffset now)
    {
        var effective = Status(now);
        return Expression.Lambda<Func<Booth, bool>>(
            Expression.Equal(effective.Body, Expression.Constant(status)), effective.Parameters);
    }

    /// <summary>A projection to group or filter on booth and status together (counts per zone, occupied booths).</summary>
    public static Expression<Func<Booth, BoothState>> State(DateTimeOffset now)
    {
        var effective = Status(now);
        var booth = effective.Parameters[0];
        MemberAssignment Copy(string name) => Expression.Bind(typeof(BoothState).GetProperty(name)!, Expression.Property(booth, name));
        return Expression.Lambda<Func<Booth, BoothState>>(
            Expression.MemberInit(Expression.New(typeof(BoothState)),
                Copy(nameof(Booth.Id)), Copy(nameof(Booth.ZoneId)), Copy(nameof(Booth.Code)),
                Expression.Bind(typeof(BoothState).GetProperty(nameof(BoothState.Status))!, effective.Body)),
            booth);
    }
}

/// <summary>A booth's identity with its status as seen at a given instant; see <see cref="BoothHoldExpiry.State"/>.</summary>
public sealed class BoothState
{
    public int Id { get; init; }
    public int ZoneId { get; init; }
    public string Code { get; init; } = "";
    public BoothStatus Status { get; init; }
}
