using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TechconnectEvent.UnitTests.FloorPlan;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Zones;
using TechconnectEvent.Web.Infrastructure.Auditing;

namespace TechconnectEvent.UnitTests.Editions;

/// <summary>A person changes records only in the edition they work on; another year's records are refused.</summary>
public sealed class WorkingEditionCheckTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OrganiserWorkingOn2023_CannotChangeA2022ZoneOrBooth_ButChanges2023Ones()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (earlier, current) = (PlanBuilder.Edition(2022), PlanBuilder.Edition(2023));
        current.IsCurrent = true;
        Zone oldZone, newZone;
        Booth oldBooth;
        await using (var db = database.CreateContext())
        {
            db.Editions.AddRange(earlier, current);
            db.SaveChanges();
            (oldZone, newZone) = (PlanBuilder.Zone(earlier.Id, "VT", "Khu viện trường 2022", "#1565C0"), PlanBuilder.Zone(current.Id, "VT", "Khu viện trường 2023", "#1565C0"));
            db.Zones.AddRange(oldZone, newZone);
            db.SaveChanges();
            oldBooth = new Booth { EditionId = earlier.Id, ZoneId = oldZone.Id, Code = "VT-01", X = 0, Y = 0, Width = 3, Height = 3 };
            db.Booths.Add(oldBooth);
            db.Users.Add(new ApplicationUser { Id = "organiser-1", UserName = "organiser@test.local", Email = "organiser@test.local", WorkingEditionId = current.Id });
            db.SaveChanges();
        }
        var actor = new FixedActor(Organiser("organiser-1"));
        var clock = new TestClock();
        var zones = new ZoneService(database.Factory, new AuditTrail(clock), actor, clock);
        var booths = new BoothService(database.Factory, new AuditTrail(clock), actor, new Web.Infrastructure.LiveUpdates.ChangeNotifier<BoothChange>(),
            Microsoft.Extensions.Options.Options.Create(new HallOptions()), clock);

        var refusedZone = await zones.ArchiveAsync(oldZone.Id, oldZone.Version, Token);
        var refusedBooth = await booths.BlockAsync(oldBooth.Id, oldBooth.Version, "Cột chịu lực", Token);
        var allowed = await zones.ArchiveAsync(newZone.Id, newZone.Version, Token);

        Assert.Equal(WorkingEditionCheck.Code, Assert.Single(refusedZone.Errors).Code);
        Assert.Equal([2023], Assert.Single(refusedBooth.Errors).Arguments.Cast<int>());
        Assert.True(allowed.Succeeded);
        await using var check = database.CreateContext();
        Assert.False((await check.Zones.SingleAsync(z => z.Id == oldZone.Id, Token)).IsArchived);
        Assert.Equal(BoothStatus.Available, (await check.Booths.SingleAsync(b => b.Id == oldBooth.Id, Token)).Status);
        Assert.True((await check.Zones.SingleAsync(z => z.Id == newZone.Id, Token)).IsArchived);
    }

    [Fact]
    public async Task Check_FollowsTheWorkingEdition_FallsBackToTheCurrentOne_AndLeavesWorkWithoutAPersonAlone()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateContext();
        var (earlier, current) = (PlanBuilder.Edition(2022), PlanBuilder.Edition(2023));
        current.IsCurrent = true;
        db.Editions.AddRange(earlier, current);
        db.SaveChanges();
        db.Users.Add(new ApplicationUser { Id = "on-2022", UserName = "a@test.local", WorkingEditionId = earlier.Id });
        db.Users.Add(new ApplicationUser { Id = "no-choice", UserName = "b@test.local" });
        db.SaveChanges();

        Assert.Null(await WorkingEditionCheck.RefuseOtherEditionAsync(db, Organiser("on-2022"), earlier.Id, Token));
        Assert.Equal([2022], (await WorkingEditionCheck.RefuseOtherEditionAsync(db, Organiser("on-2022"), current.Id, Token))!.Arguments.Cast<int>());
        Assert.Null(await WorkingEditionCheck.RefuseOtherEditionAsync(db, Organiser("no-choice"), current.Id, Token));
        Assert.NotNull(await WorkingEditionCheck.RefuseOtherEditionAsync(db, Organiser("no-choice"), earlier.Id, Token));
        Assert.Null(await WorkingEditionCheck.RefuseOtherEditionAsync(db, Actor.System, earlier.Id, Token));
    }

    private static Actor Organiser(string userId) => Actor.From(new ClaimsPrincipal(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, userId), new Claim(ClaimTypes.Name, userId), new Claim(ClaimTypes.Role, Roles.Organiser)], "test")));
}
