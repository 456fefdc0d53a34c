using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.UnitTests.Support;

/// <summary>
/// Puts new test entities in a state through the same entity methods the services use, at a moment when the
/// move was legal (a hold that has since run out was made before it ran out).
/// </summary>
internal static class EntitySetup
{
    public static readonly DateTimeOffset LongAgo = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static Booth Blocked(this Booth booth, string reason = "Cột chịu lực") => Done(booth, booth.Block(reason));

    public static Booth HeldFor(this Booth booth, int applicationId, DateTimeOffset until) =>
        Done(booth, booth.Hold(applicationId, until, until.AddDays(-1)));

    public static Booth Allocated(this Booth booth, int applicationId = 0) => Done(booth, booth.Allocate(applicationId, LongAgo));

    /// <summary>Available, Blocked or Allocated; a hold needs an application, see <see cref="HeldFor"/>.</summary>
    public static Booth InStatus(this Booth booth, BoothStatus status) => status switch
    {
        BoothStatus.Available => booth,
        BoothStatus.Blocked => booth.Blocked(),
        BoothStatus.Allocated => booth.Allocated(),
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Use HeldFor(applicationId, until)."),
    };

    public static ExhibitorApplication InStatus(this ExhibitorApplication application, ApplicationStatus status)
    {
        var reached = application.Restore(status, status == ApplicationStatus.Rejected ? "Không phù hợp" : null, LongAgo);
        return reached.Succeeded ? application : throw new InvalidOperationException($"Cannot reach {status}: {reached.Errors[0].Code}");
    }

    private static Booth Done(Booth booth, OperationError? refused) =>
        refused is null ? booth : throw new InvalidOperationException($"Booth {booth.Code}: {refused.Code}");
}
