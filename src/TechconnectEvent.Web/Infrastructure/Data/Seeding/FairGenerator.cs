using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Infrastructure.Auditing;

namespace TechconnectEvent.Web.Infrastructure.Data.Seeding;

/// <summary>
/// What <c>demo generate --full</c> aims for. Booths, sessions, meetings and MoUs are targets for the edition's
/// totals (a second run adds only what is missing); <paramref name="Delegates"/> are always added.
/// </summary>
public sealed record FairOptions(int Delegates, int Seed, int Booths = 250, int Sessions = 60, int Meetings = 300, int Mous = 20)
{
    public const int DefaultDelegates = 10_000;
    /// <summary>Share of the booths that end up allocated.</summary>
    public const double AllocatedShare = 0.9;
    /// <summary>Share of the confirmed registrations who come through a gate at all.</summary>
    public const double CheckedInShare = 0.65;
}

public enum FairGenerationOutcome
{
    Generated = 0,
    NoEdition = 1,
    Archived = 2,
    NoCategories = 3,
}

/// <summary>The edition's totals after a run (booths, allocated booths, published sessions, …).</summary>
public sealed record FairTotals(
    int Booths, int AllocatedBooths, int Exhibitors, int Technologies, int Sessions, int Registrations,
    int GateCheckIns, int SessionCheckIns, int Meetings, int Mous);

/// <summary>One stage of a run: its name, what it added in words and how long it took.</summary>
public sealed record FairStage(string Name, string Summary, TimeSpan Elapsed);

public sealed record FairGenerationResult(
    FairGenerationOutcome Outcome, int EditionYear, IReadOnlyList<FairStage> Stages, FairTotals? Totals, TimeSpan Elapsed);

/// <summary>Everything a stage needs to know about the run.</summary>
internal sealed record FairRun(Edition Edition, FairOptions Options, DateTimeOffset Now)
{
    public TimeZoneInfo Zone { get; } = Edition.TimeZone;

    public int Days => Math.Clamp(Edition.EndDate.DayNumber - Edition.StartDate.DayNumber + 1, 1, 31);

    /// <summary>The instant of a local wall-clock time on day <paramref name="dayIndex"/> of the edition.</summary>
    public DateTimeOffset At(int dayIndex, TimeSpan localTime) =>
        new(TimeZoneInfo.ConvertTimeToUtc(Edition.StartDate.AddDays(dayIndex).ToDateTime(TimeOnly.MinValue).Add(localTime), Zone), TimeSpan.Zero);

    /// <summary>The 0-based day of the edition an instant falls on, in its time zone.</summary>
    public int DayIndexOf(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime).DayNumber - Edition.StartDate.DayNumber;

    /// <summary>
    /// A random source for one stage that depends only on the seed, the stage and what the database already holds,
    /// so the same database and seed give the same fair, and a top-up run does not repeat the first one's draws.
    /// </summary>
    public Random Random(int stage, int present) => new(FairDraw.Mix(Options.Seed, stage, present));
}

/// <summary>Stable mixing of integers into a seed (string.GetHashCode and HashCode differ between processes).</summary>
internal static class FairDraw
{
    public static int Mix(int a, int b, int c)
    {
        var x = unchecked((ulong)(uint)a * 0x9E3779B97F4A7C15UL ^ (ulong)(uint)b * 0xC2B2AE3D27D4EB4FUL ^ (ulong)(uint)c * 0x165667B19E3779F9UL);
        x ^= x >> 31;
        x = unchecked(x * 0xBF58476D1CE4E5B9UL);
        x ^= x >> 27;
        return (int)(x & int.MaxValue);
    }

    /// <summary>A number in [0, 1) fixed by the seed and a row's id.</summary>
    public static double Unit(int seed, int salt, int id) => Mix(seed, salt, id) / (double)int.MaxValue;
}

/// <summary>
/// <c>demo generate --delegates N --full</c>: a whole fair in the current edition, for training, the post-event
/// report and the benchmarks — booths and exhibitors, the forum with chairs and doors, registrations, gate check-ins
/// over the days with a morning peak, session attendance, supply–demand meetings and signed MoUs. One transaction:
/// a failure leaves no half-written fair. Deterministic for a seed on the same database (badge codes aside).
/// </summary>
public sealed class FairGenerator(IDbContextFactory<EventDbContext> dbFactory, EditionService editions, DelegateGenerator delegates, AuditTrail audit, TimeProvider time)
{
    public const string AuditAction = "fair.generated";

    /// <param name="progress">Told one line per finished stage.</param>
    public async Task<FairGenerationResult> GenerateAsync(FairOptions options, Action<FairStage>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Delegates);
        var started = time.GetTimestamp();
        var edition = await editions.GetCurrentAsync(cancellationToken);
        if (edition is null)
        {
            return new FairGenerationResult(FairGenerationOutcome.NoEdition, 0, [], null, TimeSpan.Zero);
        }
        if (edition.Status == EditionStatus.Archived)
        {
            return new FairGenerationResult(FairGenerationOutcome.Archived, edition.Year, [], null, TimeSpan.Zero);
        }

        var run = new FairRun(edition, options, time.GetUtcNow());
        var stages = new List<FairStage>();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        async Task StageAsync(string name, Func<Task<string>> body)
        {
            var stageStarted = time.GetTimestamp();
            var summary = await body();
            db.ChangeTracker.Clear();
            var stage = new FairStage(name, summary, time.GetElapsedTime(stageStarted));
            stages.Add(stage);
            progress?.Invoke(stage);
        }

        await StageAsync("exhibition", () => FairExhibition.AddAsync(db, run, cancellationToken));
        await StageAsync("forum", () => FairForum.AddAsync(db, run, cancellationToken));
        DelegateGenerationResult? people = null;
        await StageAsync("registrations", async () =>
        {
            people = await delegates.AddAsync(db, edition, options.Delegates, options.Seed, cancellationToken);
            return $"{people.Added:N0} added, {people.TotalInEdition:N0} in the edition";
        });
        if (people!.Outcome != DelegateGenerationOutcome.Added)
        {
            // Nothing is committed: the exhibition and forum written so far go with the transaction.
            return new FairGenerationResult(FairGenerationOutcome.NoCategories, edition.Year, stages, null, time.GetElapsedTime(started));
        }
        await StageAsync("gate check-ins", () => FairCheckIns.AddGateAsync(db, run, cancellationToken));
        await StageAsync("session attendance", () => FairCheckIns.AddSessionsAsync(db, run, cancellationToken));
        await StageAsync("connections", () => FairConnections.AddAsync(db, run, cancellationToken));

        var totals = await TotalsAsync(db, edition.Id, cancellationToken);
        audit.Add(db, Actor.System, AuditAction, nameof(Edition), edition.Id, edition.Id, after: new { options.Seed, options.Delegates, Totals = totals });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new FairGenerationResult(FairGenerationOutcome.Generated, edition.Year, stages, totals, time.GetElapsedTime(started));
    }

    internal static async Task<FairTotals> TotalsAsync(EventDbContext db, int editionId, CancellationToken cancellationToken)
    {
        var booths = await db.Booths.Where(b => b.EditionId == editionId).GroupBy(b => b.Status)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var checkIns = await db.CheckIns.Where(c => c.EditionId == editionId).GroupBy(c => c.Scope == Features.CheckIns.CheckIn.FairEntry)
            .Select(g => new { Gate = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return new FairTotals(
            booths.Sum(b => b.Count),
            booths.Where(b => b.Key == Features.Booths.BoothStatus.Allocated).Sum(b => b.Count),
            await db.BoothAllocations.Where(a => a.EditionId == editionId).Select(a => a.OrganizationId).Distinct().CountAsync(cancellationToken),
            await db.Technologies.CountAsync(t => t.EditionId == editionId, cancellationToken),
            await db.ForumSessions.CountAsync(s => s.EditionId == editionId && s.Status == Features.Forum.SessionStatus.Published, cancellationToken),
            await db.Registrations.CountAsync(r => r.EditionId == editionId, cancellationToken),
            checkIns.Where(c => c.Gate).Sum(c => c.Count),
            checkIns.Where(c => !c.Gate).Sum(c => c.Count),
            await db.Meetings.CountAsync(m => m.EditionId == editionId, cancellationToken),
            await db.Mous.CountAsync(m => m.EditionId == editionId, cancellationToken));
    }
}
