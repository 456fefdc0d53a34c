using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.Registrations;
using TechconnectEvent.Web.Infrastructure.Auditing;

namespace TechconnectEvent.Web.Infrastructure.Data.Seeding;

public enum DelegateGenerationOutcome
{
    Added = 0,
    NoEdition = 1,
    Archived = 2,
    NoCategories = 3,
}

/// <param name="ByStatus">How many of the added registrations have each status.</param>
public sealed record DelegateGenerationResult(
    DelegateGenerationOutcome Outcome, int EditionYear, int Added, int TotalInEdition, IReadOnlyDictionary<string, int> ByStatus);

/// <summary>
/// <c>demo generate --delegates N</c>: fills the current edition with made-up registrations for training and
/// benchmarks. It writes as the app would — through the archived-edition guard, with search keys and an audit row —
/// and fast: one transaction, inserts in batches without change detection (20,000 rows in a few seconds).
/// </summary>
public sealed class DelegateGenerator(IDbContextFactory<EventDbContext> dbFactory, EditionService editions, AuditTrail audit, TimeProvider time)
{
    public const string AuditAction = "registrations.generated";
    /// <summary>The consent text the generated "online" people agreed to.</summary>
    public const string ConsentVersion = Features.Registrations.Public.RegistrationConsent.Version;
    private const int BatchSize = 2_000;
    private static readonly TimeSpan RegistrationWindow = TimeSpan.FromDays(56);

    public async Task<DelegateGenerationResult> GenerateAsync(int count, int seed, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var edition = await editions.GetCurrentAsync(cancellationToken);
        if (edition is null)
        {
            return Refused(DelegateGenerationOutcome.NoEdition, 0);
        }
        if (edition.Status == EditionStatus.Archived)
        {
            return Refused(DelegateGenerationOutcome.Archived, edition.Year);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await AddAsync(db, edition, count, seed, cancellationToken);
        if (result.Outcome == DelegateGenerationOutcome.Added)
        {
            await transaction.CommitAsync(cancellationToken);
        }
        return result;
    }

    /// <summary>
    /// Adds <paramref name="count"/> people inside the caller's context and transaction (the whole-fair generator
    /// writes them together with everything else). Leaves the change tracker empty.
    /// </summary>
    internal async Task<DelegateGenerationResult> AddAsync(EventDbContext db, Edition edition, int count, int seed, CancellationToken cancellationToken)
    {
        var plan = await PlanAsync(db, edition, seed, cancellationToken);
        if (plan.Categories.Count == 0)
        {
            return Refused(DelegateGenerationOutcome.NoCategories, edition.Year);
        }

        var detecting = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var byStatus = new Dictionary<string, int>();
        var batch = new List<Registration>(BatchSize);
        foreach (var registration in new DelegateGeneratorPeople(plan).Make(count))
        {
            batch.Add(registration);
            byStatus[registration.Status.ToString()] = byStatus.GetValueOrDefault(registration.Status.ToString()) + 1;
            if (batch.Count == BatchSize)
            {
                await SaveBatchAsync(db, batch, cancellationToken);
            }
        }
        audit.Add(db, Actor.System, AuditAction, nameof(Registration), edition.Id, edition.Id,
            after: new { Added = count, Seed = seed, Run = plan.RunNumber });
        await SaveBatchAsync(db, batch, cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = detecting;

        var total = await db.Registrations.CountAsync(r => r.EditionId == edition.Id, cancellationToken);
        return new DelegateGenerationResult(DelegateGenerationOutcome.Added, edition.Year, count, total, byStatus);
    }

    private static DelegateGenerationResult Refused(DelegateGenerationOutcome outcome, int year) =>
        new(outcome, year, 0, 0, new Dictionary<string, int>());

    private static async Task SaveBatchAsync(EventDbContext db, List<Registration> batch, CancellationToken cancellationToken)
    {
        db.Registrations.AddRange(batch);
        await db.SaveChangesAsync(cancellationToken);
        // A context that keeps 20,000 tracked rows slows every later batch down.
        db.ChangeTracker.Clear();
        batch.Clear();
    }

    private async Task<GeneratorPlan> PlanAsync(EventDbContext db, Edition edition, int seed, CancellationToken cancellationToken)
    {
        var counted = new[] { RegistrationStatus.Pending, RegistrationStatus.Confirmed };
        var taken = await db.Registrations.Where(r => r.EditionId == edition.Id && counted.Contains(r.Status))
            .GroupBy(r => r.CategoryId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var categories = await db.RegistrationCategories.AsNoTracking().Where(c => c.EditionId == edition.Id)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.Code, c.RequiresApproval, c.Capacity, c.WaitlistWhenFull })
            .ToListAsync(cancellationToken);
        var exhibitors = await db.ExhibitorApplications
            .Where(a => a.EditionId == edition.Id && (a.Status == ApplicationStatus.Approved || a.Status == ApplicationStatus.Allocated))
            .Join(db.Organizations, a => a.OrganizationId, o => o.Id, (_, o) => o.Name.Vi)
            .Distinct().OrderBy(n => n).ToListAsync(cancellationToken);
        var usedEmails = await db.Registrations.Where(r => r.EditionId == edition.Id && r.EmailKey != null)
            .Select(r => r.EmailKey!).ToListAsync(cancellationToken);
        // Earlier runs are counted so that a second run makes other people and numbers its addresses after them.
        var generated = await db.Registrations.CountAsync(r => r.EditionId == edition.Id && r.Source == RegistrationSource.Generated, cancellationToken);

        // Registrations close when the doors open (8:00 on the first day, edition time) and none lies in the future.
        var opening = new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(edition.StartDate.ToDateTime(new TimeOnly(8, 0)), edition.TimeZone));
        var until = opening < time.GetUtcNow() ? opening : time.GetUtcNow();
        var from = until - RegistrationWindow;

        return new GeneratorPlan(
            edition.Id, seed, generated,
            [.. categories.Select(c => new GeneratorCategory(c.Id, c.Code, c.RequiresApproval, c.Capacity, c.WaitlistWhenFull, taken.GetValueOrDefault(c.Id)))],
            Math.Clamp(edition.EndDate.DayNumber - edition.StartDate.DayNumber + 1, 1, 31),
            exhibitors, new HashSet<string>(usedEmails, StringComparer.Ordinal), generated + 1,
            from, until, ConsentVersion);
    }
}
