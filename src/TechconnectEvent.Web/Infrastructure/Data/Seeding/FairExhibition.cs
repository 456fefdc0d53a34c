using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Allocation;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Features.Zones;

namespace TechconnectEvent.Web.Infrastructure.Data.Seeding;

/// <summary>
/// Tops the exhibition up: booths up to the target, laid out as new double rows below the present plan (so they
/// never overlap a booth an organiser placed), then ~90 % of all booths allocated to made-up exhibitors, each with
/// an allocated application and one to three technologies.
/// </summary>
internal static class FairExhibition
{
    private const double Aisle = 4;
    private const double Cell = 3;
    private const int ColumnsPerBlock = 10;
    private const double HallWidth = 120;
    private const string AllocatedBy = "demo generate";

    public static async Task<string> AddAsync(EventDbContext db, FairRun run, CancellationToken cancellationToken)
    {
        var editionId = run.Edition.Id;
        var zones = await db.Zones.Where(z => z.EditionId == editionId && !z.IsArchived)
            .OrderBy(z => z.Kind).ThenBy(z => z.SortOrder).ThenBy(z => z.Id).ToListAsync(cancellationToken);
        if (zones.Count == 0)
        {
            return "no zones in the edition: booths and exhibitors skipped (add zones first)";
        }
        var booths = await db.Booths.Where(b => b.EditionId == editionId).OrderBy(b => b.Id).ToListAsync(cancellationToken);
        var random = run.Random(1, booths.Count);

        var added = AddBooths(db, run, zones, booths);
        await db.SaveChangesAsync(cancellationToken);

        var target = (int)Math.Round(booths.Count * FairOptions.AllocatedShare);
        var wanted = target - booths.Count(b => b.Status == BoothStatus.Allocated);
        var free = booths.Where(b => b.Status == BoothStatus.Available).OrderBy(b => b.ZoneId).ThenBy(b => b.Code, StringComparer.Ordinal).ToList();
        var (exhibitors, technologies) = await AllocateAsync(db, run, zones, free.Take(Math.Max(0, wanted)).ToList(), random, cancellationToken);
        return $"{added} booths added ({booths.Count} in the edition), {exhibitors} exhibitors with {technologies} technologies allocated {Math.Max(0, Math.Min(wanted, free.Count))} booths";
    }

    private static int AddBooths(EventDbContext db, FairRun run, List<Zone> zones, List<Booth> booths)
    {
        var missing = run.Options.Booths - booths.Count;
        if (missing <= 0)
        {
            return 0;
        }
        var codes = booths.Select(b => b.Code).ToHashSet(StringComparer.Ordinal);
        var top = booths.Count == 0 ? 0 : booths.Max(b => b.Y + b.Height) + Aisle;
        var cells = Cells(top).GetEnumerator();
        for (var z = 0; z < zones.Count; z++)
        {
            var zone = zones[z];
            var count = missing / zones.Count + (z < missing % zones.Count ? 1 : 0);
            var number = booths.Where(b => b.ZoneId == zone.Id).Select(b => NumberOf(b.Code)).DefaultIfEmpty(0).Max();
            for (var i = 0; i < count; i++)
            {
                cells.MoveNext();
                var (x, y) = cells.Current;
                string code;
                do
                {
                    code = BoothLayout.Code(zone.Code, ++number);
                }
                while (!codes.Add(code));
                var booth = new Booth { EditionId = run.Edition.Id, ZoneId = zone.Id, Code = code, Size = BoothSize.Standard, X = x, Y = y };
                booths.Add(booth);
                db.Booths.Add(booth);
            }
        }
        return missing;
    }

    /// <summary>Standard booths in back-to-back pairs of rows, ten to a block, aisles between blocks and pairs.</summary>
    private static IEnumerable<(double X, double Y)> Cells(double top)
    {
        var perRow = (int)((HallWidth - Aisle) / (ColumnsPerBlock * Cell + Aisle)) * ColumnsPerBlock;
        for (var pair = 0; ; pair++)
        {
            for (var row = 0; row < 2; row++)
            {
                for (var column = 0; column < perRow; column++)
                {
                    var block = column / ColumnsPerBlock;
                    yield return (Aisle + block * (ColumnsPerBlock * Cell + Aisle) + column % ColumnsPerBlock * Cell,
                        top + pair * (2 * Cell + Aisle) + row * Cell);
                }
            }
        }
    }

    private static int NumberOf(string code) =>
        int.TryParse(code.AsSpan(code.LastIndexOf('-') + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 0;

    private static async Task<(int Exhibitors, int Technologies)> AllocateAsync(
        EventDbContext db, FairRun run, List<Zone> zones, List<Booth> free, Random random, CancellationToken cancellationToken)
    {
        if (free.Count == 0)
        {
            return (0, 0);
        }
        var names = (await db.Organizations.Select(o => o.Name.Vi).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var submitted = new DateTimeOffset(run.Edition.StartDate.AddDays(-75).ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero);
        var groups = new List<(Organization Organization, ExhibitorApplication Application, List<Booth> Booths)>();
        for (var i = 0; i < free.Count;)
        {
            var first = free[i];
            var zone = zones.First(z => z.Id == first.ZoneId);
            // A quarter take two neighbouring booths of the same zone and size.
            var take = random.Next(4) == 0 && i + 1 < free.Count && free[i + 1].ZoneId == first.ZoneId
                && DemoAllocations.SizeFits(Wanted(first.Size), free[i + 1].Size) ? 2 : 1;
            var organization = NewOrganization(zone, names, random);
            var application = new ExhibitorApplication
            {
                BoothsWanted = take,
                SizeWanted = Wanted(first.Size),
                ZonePreference1Id = zone.Id,
                SponsorTier = organization.Type == OrganizationType.Sponsor ? SponsorTier.Gold : SponsorTier.None,
                ContactName = FairGeneratorNames.VietnamesePerson(random),
                SubmittedAt = submitted.AddDays(random.Next(20)),
            };
            application.Restore(ApplicationStatus.Allocated, null, submitted.AddDays(25));
            groups.Add((organization, application, free.GetRange(i, take)));
            i += take;
        }
        db.Organizations.AddRange(groups.Select(g => g.Organization));
        await db.SaveChangesAsync(cancellationToken);

        foreach (var (organization, application, _) in groups)
        {
            application.EditionId = run.Edition.Id;
            application.OrganizationId = organization.Id;
        }
        db.ExhibitorApplications.AddRange(groups.Select(g => g.Application));
        await db.SaveChangesAsync(cancellationToken);

        var technologies = 0;
        foreach (var (organization, application, taken) in groups)
        {
            foreach (var booth in taken)
            {
                booth.Allocate(application.Id, run.Now);
                db.BoothAllocations.Add(new BoothAllocation
                {
                    EditionId = run.Edition.Id,
                    BoothId = booth.Id,
                    ApplicationId = application.Id,
                    OrganizationId = organization.Id,
                    AllocatedAt = application.DecidedAt!.Value.AddDays(10),
                    AllocatedBy = AllocatedBy,
                });
            }
            var fields = FairGeneratorNames.Fields.OrderBy(_ => random.Next()).Take(random.Next(1, 4));
            foreach (var field in fields)
            {
                var technology = FairGeneratorNames.Technology(field, random);
                technology.EditionId = run.Edition.Id;
                technology.OrganizationId = organization.Id;
                db.Technologies.Add(technology);
                technologies++;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return (groups.Count, technologies);
    }

    private static BoothSize Wanted(BoothSize size) => size == BoothSize.Corner ? BoothSize.Standard : size;

    private static Organization NewOrganization(Zone zone, HashSet<string> names, Random random)
    {
        var types = FairGeneratorNames.Types.Where(t => zone.Accepts(t.Type)).ToList();
        if (types.Count == 0)
        {
            // A zone for a combination of types (or one no single type fits) takes an organisation of exactly that mix.
            types = [(zone.EligibleTypes, 1)];
        }
        var roll = random.Next(types.Sum(t => t.Weight));
        var type = types.SkipWhile(t => (roll -= t.Weight) >= 0).Select(t => t.Type).DefaultIfEmpty(types[^1].Type).First();
        var organization = FairGeneratorNames.Organization(type, random);
        var name = organization.Name.Vi;
        for (var n = 2; !names.Add(name); n++)
        {
            name = $"{organization.Name.Vi} {n}";
        }
        if (name != organization.Name.Vi)
        {
            organization.Name = new(name, $"{organization.Name.En} {name[(organization.Name.Vi.Length + 1)..]}");
        }
        return organization;
    }
}
