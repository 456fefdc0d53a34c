using BenchmarkDotNet.Attributes;
using TechconnectEvent.Web.Features.Allocation.Auto;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.Benchmarks;

/// <summary>
/// "Allocate the rest" at the fair's size: 250 booths in 16 zones (rows of 3×3 m booths with corners at the row ends,
/// a few doubles and islands, some blocked) and 300 applications with mixed tiers, sizes, preferences and adjacency.
/// Generated from a fixed seed, so every run measures the same problem. Target: ≤ 1 s.
/// </summary>
[MemoryDiagnoser]
public class AllocationBenchmarks
{
    private AllocationProblem problem = null!;

    [GlobalSetup]
    public void Setup() => problem = Generate(seed: 2023);

    [Benchmark]
    public int Propose250BoothsTo300Applications() => AutoAllocator.Propose(problem).Outcomes.Count;

    public static AllocationProblem Generate(int seed)
    {
        var random = new Random(seed);
        var types = OrganizationTypes.All;
        var zones = Enumerable.Range(1, 16)
            .Select(z => new ZoneSpot(z, $"Z{z:00}", new LocalizedText($"Khu {z}", $"Zone {z}"),
                z % 4 == 0 ? OrganizationType.None : types[z % types.Length] | types[(z * 3) % types.Length] | OrganizationType.Sponsor, z))
            .ToList();
        var booths = new List<BoothSpot>();
        var id = 1;
        for (var z = 1; z <= 16; z++)
        {
            var count = z <= 10 ? 16 : 15; // 160 + 90 = 250
            for (var i = 0; i < count; i++)
            {
                var row = i / 8;
                var column = i % 8;
                var size = column is 0 or 7 ? BoothSize.Corner : i == 3 ? BoothSize.Double : z == 1 && i == 4 ? BoothSize.Island : BoothSize.Standard;
                var status = random.Next(20) == 0 ? BoothStatus.Blocked : BoothStatus.Available;
                booths.Add(new BoothSpot(id, $"Z{z:00}-{i + 1:000}", z, size,
                    new BoothRect((z % 4) * 30 + column * 3, (z / 4) * 12 + row * 3, 3, 3), status, 1));
                id++;
            }
        }
        var requests = Enumerable.Range(1, 300)
            .Select(a => new AllocationRequest(a, a, new LocalizedText($"Đơn vị {a}", $"Organisation {a}"), types[random.Next(types.Length)],
                (SponsorTier)(random.Next(10) < 7 ? 0 : random.Next(1, 5)), random.Next(1, 4),
                random.Next(10) switch { 0 => BoothSize.Double, 1 => BoothSize.Corner, _ => BoothSize.Standard },
                [random.Next(1, 17), random.Next(1, 17), random.Next(1, 17)], random.Next(3) == 0,
                new DateTimeOffset(2023, 6, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(random.Next(60 * 24 * 60))))
            .ToList();
        return new AllocationProblem(1, zones, booths, requests);
    }
}
