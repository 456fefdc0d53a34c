using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Connections;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.EndToEndTests.Connections;

/// <summary>
/// What the connections journey needs of the demo 2023 edition: organisations found by name, an offer of the test's
/// own, contacts' accounts, and the rows the pages wrote, read back from the database.
/// </summary>
public static class ConnectionsData
{
    public const string Password = "twelve chars or more";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static IDbContextFactory<EventDbContext> Factory(TechconnectAppFactory app) =>
        app.Services.GetRequiredService<IDbContextFactory<EventDbContext>>();

    public static async Task<int> DemoEditionIdAsync(TechconnectAppFactory app)
    {
        await using var db = await Factory(app).CreateDbContextAsync(Ct);
        return await db.Editions.Where(e => e.Year == 2023).Select(e => e.Id).SingleAsync(Ct);
    }

    public static async Task<int> OrganizationIdAsync(TechconnectAppFactory app, string nameVi)
    {
        await using var db = await Factory(app).CreateDbContextAsync(Ct);
        return await db.Organizations.Where(o => o.Name.Vi == nameVi).Select(o => o.Id).SingleAsync(Ct);
    }

    /// <summary>A published offer of the organisation, written for this test so that no demo request cites it.</summary>
    public static async Task<int> AddOfferAsync(TechconnectAppFactory app, int editionId, int organizationId, LocalizedText title, DateTimeOffset now)
    {
        await using var db = await Factory(app).CreateDbContextAsync(Ct);
        var offer = new TechnologyOffer
        {
            EditionId = editionId,
            OrganizationId = organizationId,
            Field = TechnologyField.NewMaterials,
            OfferType = TechnologyOfferType.Transfer,
            Title = title,
            ContactName = "Đoàn Thị Chớp (hư cấu)",
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.TechnologyOffers.Add(offer);
        await db.SaveChangesAsync(Ct);
        return offer.Id;
    }

    /// <summary>An Exhibitor account of the organisation, its own for this test.</summary>
    public static async Task<string> AddContactAsync(TechconnectAppFactory app, int organizationId, string displayName)
    {
        var email = $"lien-he-{Guid.NewGuid().ToString("N")[..8]}@test.local";
        var created = await app.Services.GetRequiredService<UserAdministrationService>()
            .CreateAsync(email, displayName, [Roles.Exhibitor], Password, organizationId);
        Assert.True(created.Succeeded, string.Join(", ", created.ErrorCodes));
        return email;
    }

    public static async Task<MeetingRequest?> RequestAsync(TechconnectAppFactory app, int fromId, int toId)
    {
        await using var db = await Factory(app).CreateDbContextAsync(Ct);
        return await db.MeetingRequests.AsNoTracking().SingleOrDefaultAsync(r => r.FromOrganizationId == fromId && r.ToOrganizationId == toId, Ct);
    }

    public static async Task<Meeting?> MeetingAsync(TechconnectAppFactory app, int organizationAId, int organizationBId)
    {
        await using var db = await Factory(app).CreateDbContextAsync(Ct);
        return await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.OrganizationAId == organizationAId && m.OrganizationBId == organizationBId, Ct);
    }

    public static async Task<MeetingRound> RoundAsync(TechconnectAppFactory app, int roundId)
    {
        await using var db = await Factory(app).CreateDbContextAsync(Ct);
        return await db.MeetingRounds.AsNoTracking().SingleAsync(r => r.Id == roundId, Ct);
    }

    public static async Task<Mou?> MouAsync(TechconnectAppFactory app, int mouId)
    {
        await using var db = await Factory(app).CreateDbContextAsync(Ct);
        return await db.Mous.AsNoTracking().Include(m => m.Parties).SingleOrDefaultAsync(m => m.Id == mouId, Ct);
    }

    /// <summary>Polls until the database shows what a page's click wrote (the circuit answers after the click returns).</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T?>> read, Func<T, bool> done, string what) where T : class
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (await read() is { } value && done(value))
            {
                return value;
            }
            await Task.Delay(150, Ct);
        }
        throw new Xunit.Sdk.XunitException($"Timed out waiting until {what}.");
    }
}
