using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.CheckIns;
using TechconnectEvent.Web.Features.Forum;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Registrations;
using TechconnectEvent.Web.Features.Zones;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Editions;

/// <summary>
/// Prepares a new edition from an earlier one, step by step, inside the caller's transaction. Each step copies one
/// kind of set-up as new rows; people, applications, allocations, technologies and the audit log are never copied,
/// because they belong to the year in which they happened. A later feature (rooms, topics, categories …) adds its
/// step to <see cref="Steps"/> and a label "Editions.Copy.{Key}"; the dialog and the rules pick it up from there.
/// </summary>
public static partial class EditionCopier
{
    public const string Zones = "zones";
    public const string BoothLayout = "booths";
    public const string Prices = "prices";
    public const string RegistrationCategories = "categories";
    public const string ScanPoints = "gates";
    public const string Rooms = "rooms";
    public const string Topics = "topics";

    public static readonly IReadOnlyList<EditionCopyStep> Steps =
    [
        new(Zones, [], CopyZonesAsync),
        // Booths sit in zones: without the zones copied there is nothing to place them in.
        new(BoothLayout, [Zones], CopyBoothLayoutAsync),
        new(Prices, [], CopyPricesAsync),
        new(RegistrationCategories, [], CopyRegistrationCategoriesAsync),
        new(ScanPoints, [], CopyGatesAsync),
        new(Rooms, [], CopyRoomsAsync),
        new(Topics, [], CopyTopicsAsync),
    ];

    /// <summary>A chosen step whose prerequisite is not chosen, or an unknown step.</summary>
    public static OperationError? CheckSteps(IReadOnlySet<string> chosen)
    {
        foreach (var key in chosen)
        {
            var step = Steps.FirstOrDefault(s => s.Key == key);
            if (step is null)
            {
                return OperationError.ForField(EditionRules.Fields.CopySteps, "Edition.CopyStepUnknown", key);
            }
            if (step.Requires.FirstOrDefault(r => !chosen.Contains(r)) is { } missing)
            {
                return OperationError.ForField(EditionRules.Fields.CopySteps, "Edition.CopyStepNeeds", key, missing);
            }
        }
        return null;
    }

    /// <summary>Runs the chosen steps in their declared order, so that a step finds the ids its prerequisites mapped.</summary>
    public static async Task<IReadOnlyList<string>> CopyAsync(EventDbContext db, int sourceEditionId, int targetEditionId,
        IReadOnlySet<string> chosen, CancellationToken cancellationToken)
    {
        var context = new EditionCopyContext(db, sourceEditionId, targetEditionId);
        var done = new List<string>();
        foreach (var step in Steps.Where(s => chosen.Contains(s.Key)))
        {
            await step.CopyAsync(context, cancellationToken);
            done.Add(step.Key);
        }
        return done;
    }

    private static async Task CopyZonesAsync(EditionCopyContext context, CancellationToken cancellationToken)
    {
        // Archived zones were retired in the source year; a new year starts without them.
        var zones = await context.Db.Zones.AsNoTracking()
            .Where(z => z.EditionId == context.SourceEditionId && !z.IsArchived)
            .ToListAsync(cancellationToken);
        var copies = zones.ToDictionary(z => z.Id, z => new Zone
        {
            EditionId = context.TargetEditionId,
            Code = z.Code,
            Name = z.Name,
            Kind = z.Kind,
            Colour = z.Colour,
            EligibleTypes = z.EligibleTypes,
            Description = z.Description,
            SortOrder = z.SortOrder,
        });
        context.Db.Zones.AddRange(copies.Values);
        await context.Db.SaveChangesAsync(cancellationToken);
        foreach (var (oldId, copy) in copies)
        {
            context.ZoneIds[oldId] = copy.Id;
        }
    }

    private static async Task CopyBoothLayoutAsync(EditionCopyContext context, CancellationToken cancellationToken)
    {
        var booths = await context.Db.Booths.AsNoTracking()
            .Where(b => b.EditionId == context.SourceEditionId)
            .OrderBy(b => b.Code)
            .ToListAsync(cancellationToken);
        // Only the layout: every copy starts Available, without the source year's holds, blocks or allocations.
        context.Db.Booths.AddRange(booths
            .Where(b => context.ZoneIds.ContainsKey(b.ZoneId))
            .Select(b => new Booth
            {
                EditionId = context.TargetEditionId,
                ZoneId = context.ZoneIds[b.ZoneId],
                Code = b.Code,
                Size = b.Size,
                X = b.X,
                Y = b.Y,
                Width = b.Width,
                Height = b.Height,
            }));
        await context.Db.SaveChangesAsync(cancellationToken);
    }

    private static async Task CopyPricesAsync(EditionCopyContext context, CancellationToken cancellationToken)
    {
        var prices = await context.Db.BoothPrices.AsNoTracking()
            .Where(p => p.EditionId == context.SourceEditionId)
            .ToListAsync(cancellationToken);
        context.Db.BoothPrices.AddRange(prices.Select(p => new BoothPrice
        {
            EditionId = context.TargetEditionId,
            Size = p.Size,
            PriceVnd = p.PriceVnd,
        }));
        await context.Db.SaveChangesAsync(cancellationToken);
    }

    private static async Task CopyRegistrationCategoriesAsync(EditionCopyContext context, CancellationToken cancellationToken)
    {
        var categories = await context.Db.RegistrationCategories.AsNoTracking()
            .Where(c => c.EditionId == context.SourceEditionId)
            .ToListAsync(cancellationToken);
        context.Db.RegistrationCategories.AddRange(categories.Select(c => new RegistrationCategory
        {
            EditionId = context.TargetEditionId,
            Code = c.Code,
            Name = c.Name,
            Colour = c.Colour,
            RequiresApproval = c.RequiresApproval,
            Capacity = c.Capacity,
            WaitlistWhenFull = c.WaitlistWhenFull,
            OpenToPublic = c.OpenToPublic,
            Ribbon = c.Ribbon,
            SortOrder = c.SortOrder,
        }));
        await context.Db.SaveChangesAsync(cancellationToken);
    }
}

public static partial class EditionCopier
{
    // Gates only: session doors belong to the sessions of their year. Closed gates stay behind.
    private static async Task CopyGatesAsync(EditionCopyContext context, CancellationToken cancellationToken)
    {
        var gates = await context.Db.ScanPoints.AsNoTracking()
            .Where(p => p.EditionId == context.SourceEditionId && p.Kind == ScanPointKind.Gate && !p.IsClosed)
            .ToListAsync(cancellationToken);
        context.Db.ScanPoints.AddRange(gates.Select(p => new ScanPoint
        {
            EditionId = context.TargetEditionId,
            Kind = p.Kind,
            Code = p.Code,
            Name = p.Name,
            Location = p.Location,
            SortOrder = p.SortOrder,
        }));
        await context.Db.SaveChangesAsync(cancellationToken);
    }
}

public static partial class EditionCopier
{
    // The rooms of the venue, not the sessions held in them: a programme belongs to its year. Retired rooms stay behind.
    private static async Task CopyRoomsAsync(EditionCopyContext context, CancellationToken cancellationToken)
    {
        var rooms = await context.Db.Rooms.AsNoTracking()
            .Where(r => r.EditionId == context.SourceEditionId && !r.IsArchived)
            .ToListAsync(cancellationToken);
        context.Db.Rooms.AddRange(rooms.Select(r => new Room
        {
            EditionId = context.TargetEditionId,
            Name = r.Name,
            Capacity = r.Capacity,
            LocationNote = r.LocationNote,
            SortOrder = r.SortOrder,
        }));
        await context.Db.SaveChangesAsync(cancellationToken);
    }

    private static async Task CopyTopicsAsync(EditionCopyContext context, CancellationToken cancellationToken)
    {
        var topics = await context.Db.Topics.AsNoTracking()
            .Where(t => t.EditionId == context.SourceEditionId)
            .ToListAsync(cancellationToken);
        context.Db.Topics.AddRange(topics.Select(t => new Topic
        {
            EditionId = context.TargetEditionId,
            Code = t.Code,
            Name = t.Name,
            Colour = t.Colour,
            SortOrder = t.SortOrder,
        }));
        await context.Db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>One kind of set-up an edition can be prepared from; <paramref name="Requires"/> names steps it builds on.</summary>
public sealed record EditionCopyStep(string Key, IReadOnlyList<string> Requires,
    Func<EditionCopyContext, CancellationToken, Task> CopyAsync)
{
    public string LabelKey => "Editions.Copy." + Key;
}

/// <summary>What the steps share: the context of the write and the old → new ids mapped so far.</summary>
public sealed class EditionCopyContext(EventDbContext db, int sourceEditionId, int targetEditionId)
{
    public EventDbContext Db { get; } = db;
    public int SourceEditionId { get; } = sourceEditionId;
    public int TargetEditionId { get; } = targetEditionId;
    public Dictionary<int, int> ZoneIds { get; } = [];
}
