using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TechconnectEvent.UnitTests.Booths;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Infrastructure.Auditing;

namespace TechconnectEvent.UnitTests.Editions;

/// <summary>The booth test bed (one 2023 edition) with the edition service, acting as an organiser.</summary>
internal static class EditionBed
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static EditionService Service(BoothTestBed bed, string role = Roles.Organiser, string userId = "u1") =>
        new(bed.Database.Factory, bed.Clock, new FixedActor(Actor.From(new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, userId), new Claim(ClaimTypes.Name, "organiser@test"), new Claim(ClaimTypes.Role, role)], "test")))));

    public static EditionInput Input(int year, int? copyFrom = null, params string[] steps) => new()
    {
        Year = year,
        NameVi = $"Techconnect và Đổi mới sáng tạo Việt Nam {year}",
        ProvinceVi = "Ninh Bình",
        StartDate = new DateTime(year, 10, 2),
        EndDate = new DateTime(year, 10, 4),
        CopyFromEditionId = copyFrom,
        CopySteps = [.. steps],
    };

    public static async Task<Edition> EditionAsync(BoothTestBed bed, int id)
    {
        await using var db = bed.Database.CreateContext();
        return await db.Editions.AsNoTracking().SingleAsync(e => e.Id == id, Ct);
    }

    public static async Task SetStatusAsync(BoothTestBed bed, int editionId, EditionStatus status)
    {
        await using var db = bed.Database.CreateContext();
        await db.Editions.Where(e => e.Id == editionId).ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, status), Ct);
    }
}
