using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Allocation;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.UnitTests.Allocation;

/// <summary>Two organisers, two service instances, two database connections, one booth: exactly one wins.</summary>
public sealed class AllocationRaceTests
{
    private const int Rounds = 50;

    [Fact]
    public async Task TwoOrganisersAllocatingTheSameBoothAtOnce_ExactlyOneWins_AndTheOtherIsToldWho()
    {
        await using var scenario = await AllocationScenario.CreateAsync();
        var booth = await scenario.AddBoothAsync("A-012", scenario.AiZone);
        var first = await scenario.AddApplicationAsync("Công ty Cổ phần Viễn thông Hạ Long", "Ha Long Telecom JSC", wanted: Rounds);
        var second = await scenario.AddApplicationAsync("Công ty TNHH Robot Quảng Ninh", "Quang Ninh Robotics Ltd", wanted: Rounds);
        // Separate factories: nothing shared between the two organisers but the SQLite file.
        var organiserA = scenario.Service(factory: SeparateFactory(scenario.Database.ConnectionString));
        var organiserB = scenario.Service(factory: SeparateFactory(scenario.Database.ConnectionString));
        var winners = new Dictionary<int, int> { [first.Id] = 0, [second.Id] = 0 };

        for (var round = 0; round < Rounds; round++)
        {
            var version = (await scenario.BoothAsync(booth.Id)).Version;
            using var start = new ManualResetEventSlim(false);
            var a = Task.Run(() => { start.Wait(); return organiserA.AllocateAsync(booth.Id, first.Id, version, null); });
            var b = Task.Run(() => { start.Wait(); return organiserB.AllocateAsync(booth.Id, second.Id, version, null); });
            start.Set();
            var results = await Task.WhenAll(a, b);

            Assert.Equal(1, results.Count(r => r.Succeeded));
            var winner = results[0].Succeeded ? first : second;
            winners[winner.Id]++;
            var loss = Assert.Single(results.Single(r => !r.Succeeded).Errors);
            Assert.Equal(AllocationErrors.BoothTaken, loss.Code);
            Assert.Equal("A-012", loss.Arguments[0]);
            var winnerName = winner == first ? "Công ty Cổ phần Viễn thông Hạ Long" : "Công ty TNHH Robot Quảng Ninh";
            Assert.Equal(winnerName, Assert.IsType<LocalizedText>(loss.Arguments[1]).Vi);
            var allocation = Assert.Single(await scenario.AllocationsAsync());
            Assert.Equal(winner.Id, allocation.ApplicationId);

            await ResetAsync(scenario, booth.Id);
        }

        Assert.Equal(Rounds, winners.Values.Sum());
    }

    [Fact]
    public async Task AWithdrawalRacingAnAllocation_NeverLeavesAWithdrawnApplicationHoldingBooths()
    {
        await using var scenario = await AllocationScenario.CreateAsync();
        var booths = new List<Booth>();
        for (var round = 0; round < 20; round++)
        {
            booths.Add(await scenario.AddBoothAsync($"A-{round:000}", scenario.AiZone, x: round * 3));
        }
        var organiser = scenario.Service(factory: SeparateFactory(scenario.Database.ConnectionString));
        var applicant = scenario.ApplicationService(SeparateFactory(scenario.Database.ConnectionString));
        var outcomes = new List<(bool Allocated, bool Withdrawn)>();

        foreach (var booth in booths)
        {
            var application = await scenario.AddApplicationAsync($"Công ty {booth.Code}", $"Company {booth.Code}");
            using var start = new ManualResetEventSlim(false);
            var allocate = Task.Run(() => { start.Wait(); return organiser.AllocateAsync(booth.Id, application.Id, booth.Version, null); });
            var withdraw = Task.Run(() => { start.Wait(); return applicant.WithdrawAsync(application.Id, application.Version); });
            start.Set();
            var (allocated, withdrawn) = (await allocate, await withdraw);

            var stored = await scenario.ApplicationAsync(application.Id);
            var holds = (await scenario.AllocationsAsync()).Any(a => a.ApplicationId == application.Id);
            Assert.False(stored.Status == ApplicationStatus.Withdrawn && holds, $"{booth.Code}: withdrawn yet holding a booth");
            Assert.Equal(allocated.Succeeded, holds);
            Assert.Equal(withdrawn.Succeeded, stored.Status == ApplicationStatus.Withdrawn);
            Assert.False(allocated.Succeeded && withdrawn.Succeeded);
            outcomes.Add((allocated.Succeeded, withdrawn.Succeeded));
        }

        Assert.Equal(booths.Count, outcomes.Count(o => o.Allocated ^ o.Withdrawn));
    }

    /// <summary>Puts the booth back on the market, as a release would, bumping its version.</summary>
    private static async Task ResetAsync(AllocationScenario scenario, int boothId)
    {
        await using var db = scenario.Database.CreateContext();
        await db.BoothAllocations.Where(a => a.BoothId == boothId).ExecuteDeleteAsync();
        await db.Booths.Where(b => b.Id == boothId).ExecuteUpdateAsync(s => s
            .SetProperty(b => b.Status, BoothStatus.Available)
            .SetProperty(b => b.Version, b => b.Version + 1));
        await db.ExhibitorApplications.ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, ApplicationStatus.Approved));
    }

    private static TestDatabase.ContextFactory SeparateFactory(string connectionString) => new(connectionString, new SqlitePragmaInterceptor());
}
