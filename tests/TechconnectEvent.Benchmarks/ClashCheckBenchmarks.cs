using BenchmarkDotNet.Attributes;
using TechconnectEvent.Web.Features.Forum.Scheduling;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.Benchmarks;

/// <summary>
/// The conflicts panel's full check at the forum's size: 60 sessions in 12 rooms over two days, 300 people as chairs
/// and speakers (some typed twice, some in two places at once). Fixed seed, so every run measures the same programme.
/// Target: ≤ 50 ms.
/// </summary>
[MemoryDiagnoser]
public class ClashCheckBenchmarks
{
    private static readonly EditionDays Fair = new(new DateOnly(2023, 9, 29), new DateOnly(2023, 9, 30), "Asia/Ho_Chi_Minh");
    private List<SessionFact> sessions = null!;

    [GlobalSetup]
    public void Setup() => sessions = Generate(seed: 2023);

    [Benchmark]
    public int CheckAll60SessionsIn12Rooms() => ClashRules.CheckAll(Fair, sessions).Count;

    [Benchmark]
    public int CheckOneCandidateAgainst60() => ClashRules.Check(Fair, sessions[30] with { RoomId = 1 }, sessions).Count;

    public static List<SessionFact> Generate(int seed)
    {
        var random = new Random(seed);
        var people = Enumerable.Range(1, 300).Select(i => (Name: $"TS. Nguyễn Văn {i}", Organization: $"Viện {i % 40}", UserId: i % 3 == 0 ? $"u{i}" : null)).ToArray();
        var firstMorning = new DateTimeOffset(2023, 9, 29, 8, 0, 0, TimeSpan.FromHours(7));
        return Enumerable.Range(1, 60).Select(id =>
        {
            var start = firstMorning.AddDays(random.Next(2)).AddMinutes(15 * random.Next(36));
            var end = start.AddMinutes(60 + 15 * random.Next(8));
            var speakers = Enumerable.Range(0, 5).Select(_ => people[random.Next(people.Length)])
                .Select(p => new SpeakerFact(random.Next(4) == 0 ? p.Name.ToUpperInvariant() : p.Name, p.Organization, p.UserId, 10)).ToList();
            var chairs = new List<ChairFact> { new($"u{random.Next(1, 301)}", $"Chủ tọa {id}") };
            return new SessionFact(id, new LocalizedText($"Phiên {id}", $"Session {id}"), random.Next(1, 13), 100, start, end, chairs, speakers, random.Next(150));
        }).ToList();
    }
}
