using BenchmarkDotNet.Attributes;
using TechconnectEvent.Web.Features.Connections.Meetings;

namespace TechconnectEvent.Benchmarks;

/// <summary>
/// One scheduler run for a large fair: 300 accepted meetings among 150 organisations (a fifth mutual, some
/// organisations away in a round, some joining online) into 5 rounds × 30 tables, three of them online. Fixed seed.
/// Target: ≤ 1 s.
/// </summary>
[MemoryDiagnoser]
public class MeetingSchedulerBenchmarks
{
    private const int Organizations = 150;
    private SchedulerInput input = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2023);
        var firstRound = new DateTimeOffset(2023, 9, 29, 2, 0, 0, TimeSpan.Zero);
        var rounds = Enumerable.Range(1, 5).Select(n => new SlotRound(100 + n, n, firstRound.AddMinutes(40 * (n - 1)))).ToList();
        var tables = Enumerable.Range(1, 30).Select(n => new SlotTable(200 + n, n, IsOnline: n > 27, IsClosed: false)).ToList();
        var pairs = new HashSet<(int, int)>();
        var meetings = new List<SlotMeeting>();
        while (meetings.Count < 300)
        {
            var (a, b) = (random.Next(1, Organizations + 1), random.Next(1, Organizations + 1));
            if (a == b || !pairs.Add((Math.Min(a, b), Math.Max(a, b))))
            {
                continue;
            }
            var id = meetings.Count + 1;
            meetings.Add(new SlotMeeting(id, a, b, $"user:a{a}", $"name:nguoi lien he {b}", IsMutual: random.Next(5) == 0,
                firstRound.AddDays(-10).AddMinutes(random.Next(20_000))));
        }
        var online = Enumerable.Range(1, Organizations).Where(_ => random.Next(15) == 0).ToHashSet();
        var away = Enumerable.Range(1, Organizations).Where(_ => random.Next(8) == 0)
            .ToDictionary(o => o, _ => (IReadOnlySet<int>)new HashSet<int> { rounds[random.Next(rounds.Count)].Id });
        input = new SchedulerInput(rounds, tables, meetings, online, away);
    }

    [Benchmark]
    public int Place300MeetingsIn5RoundsAt30Tables() => MeetingScheduler.Run(input).Placed.Count;
}
