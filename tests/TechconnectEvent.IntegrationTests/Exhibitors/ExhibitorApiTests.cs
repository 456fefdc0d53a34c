using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechconnectEvent.IntegrationTests.Support;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.IntegrationTests.Exhibitors;

/// <summary>/api/exhibitor over real HTTP with real sign-in cookies, on the seeded demo edition.</summary>
public sealed class ExhibitorApiTests(TechconnectAppFactory factory) : IClassFixture<TechconnectAppFactory>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    // Two demo organisations: one whose application is still Submitted (so editable), one Allocated.
    private const string OwnName = "Công ty TNHH Nông nghiệp Số Mộc Châu (hư cấu)";
    private const string OtherName = "Viện Hàn lâm Khoa học và Công nghệ Việt Nam";

    private async Task<(int OrganizationId, ExhibitorApplication Application)> ApplicationOfAsync(string organizationName)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<EventDbContext>>().CreateDbContextAsync(Token);
        var organization = await db.Organizations.SingleAsync(o => o.Name.Vi == organizationName, Token);
        // The demo's 2023 application: the organisation may also have applied to the archived 2022 edition.
        var current = await db.Editions.Where(e => e.IsCurrent).Select(e => e.Id).SingleAsync(Token);
        return (organization.Id, await db.ExhibitorApplications.AsNoTracking().SingleAsync(a => a.OrganizationId == organization.Id && a.EditionId == current, Token));
    }

    private async Task<HttpClient> ExhibitorOfAsync(int organizationId)
    {
        var email = $"exhibitor-{Guid.NewGuid():N}@test.local";
        var created = await factory.Services.GetRequiredService<UserAdministrationService>().CreateAsync(email, null, [Roles.Exhibitor], UserFactory.Password, organizationId);
        Assert.True(created.Succeeded, string.Join(", ", created.ErrorCodes));
        var client = BrowserClient.Create(factory, "vi-VN");
        await client.SignInOrFailAsync(email, UserFactory.Password);
        return client;
    }

    private static object Body(ExhibitorApplication application, int booths, IReadOnlyList<int> zones) => new
    {
        boothsWanted = booths, sizeWanted = "Standard", zonePreferences = zones, wantsAdjacent = false, sponsorTier = "None", notes = "Sửa qua API", version = application.Version,
    };

    [Fact]
    public async Task Exhibitor_ReadsAndChangesTheirOwnApplication()
    {
        var (own, application) = await ApplicationOfAsync(OwnName);
        var client = await ExhibitorOfAsync(own);

        var read = await client.GetFromJsonAsync<JsonElement>($"/api/exhibitor/applications/{application.Id}", Token);
        Assert.Equal(OwnName, read.GetProperty("organization").GetString());

        var put = await client.PutAsJsonAsync($"/api/exhibitor/applications/{application.Id}", Body(application, 2, [application.ZonePreference1Id!.Value]), Token);

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var (_, stored) = await ApplicationOfAsync(OwnName);
        Assert.Equal((2, "Sửa qua API"), (stored.BoothsWanted, stored.Notes));
    }

    [Fact]
    public async Task Exhibitor_GetsForbiddenForAnotherOrganisationsApplication_AndNothingChanges()
    {
        var (own, _) = await ApplicationOfAsync(OwnName);
        var (_, theirs) = await ApplicationOfAsync(OtherName);
        var client = await ExhibitorOfAsync(own);

        var get = await client.GetAsync($"/api/exhibitor/applications/{theirs.Id}", Token);
        var put = await client.PutAsJsonAsync($"/api/exhibitor/applications/{theirs.Id}", Body(theirs, 1, []), Token);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (get.StatusCode, put.StatusCode));
        var (_, after) = await ApplicationOfAsync(OtherName);
        Assert.Equal((theirs.BoothsWanted, theirs.Notes, theirs.Version, theirs.Status), (after.BoothsWanted, after.Notes, after.Version, after.Status));
    }

    [Fact]
    public async Task Exhibitor_InvalidChange_Gets400WithVietnameseErrorsByField_AndNothingChanges()
    {
        var (own, application) = await ApplicationOfAsync(OwnName);
        var client = await ExhibitorOfAsync(own);
        var zone = application.ZonePreference1Id!.Value;

        var put = await client.PutAsJsonAsync($"/api/exhibitor/applications/{application.Id}", Body(application, 13, [zone, zone]), Token);

        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        var problem = await put.Content.ReadFromJsonAsync<JsonElement>(Token);
        var errors = problem.GetProperty("errors");
        Assert.Equal("Đăng ký từ 1 đến 12 gian hàng.", errors.GetProperty("boothsWanted")[0].GetString());
        Assert.Contains("nguyện vọng trước", errors.GetProperty("zonePreference2Id")[0].GetString(), StringComparison.Ordinal);
        var (_, after) = await ApplicationOfAsync(OwnName);
        Assert.Equal(application.Version, after.Version);
    }

    [Fact]
    public async Task Exhibitor_MalformedJson_Gets400NotA500()
    {
        var (own, application) = await ApplicationOfAsync(OwnName);
        var client = await ExhibitorOfAsync(own);

        var put = await client.PutAsync($"/api/exhibitor/applications/{application.Id}", new StringContent("{\"boothsWanted\": \"many\"", System.Text.Encoding.UTF8, "application/json"), Token);

        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
    }

    [Fact]
    public async Task Exhibitor_MissingApplication_Gets404()
    {
        var (own, _) = await ApplicationOfAsync(OwnName);
        var client = await ExhibitorOfAsync(own);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/exhibitor/applications/999999", Token)).StatusCode);
    }

    [Fact]
    public async Task Exhibitor_CannotReadOrCreateAnotherOrganisationsTechnologies_AndNothingIsAdded()
    {
        var (own, _) = await ApplicationOfAsync(OwnName);
        var (other, _) = await ApplicationOfAsync(OtherName);
        int theirs, before;
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<EventDbContext>>().CreateDbContextAsync(Token))
        {
            theirs = await db.Technologies.Where(t => t.OrganizationId == other).Select(t => t.Id).FirstAsync(Token);
            before = await db.Technologies.CountAsync(Token);
        }
        var client = await ExhibitorOfAsync(own);

        var get = await client.GetAsync($"/api/exhibitor/technologies/{theirs}", Token);
        var list = await client.GetAsync($"/api/exhibitor/technologies?organizationId={other}", Token);
        var post = await client.PostAsJsonAsync("/api/exhibitor/technologies",
            new { organizationId = other, titleVi = "Chen ngang", field = "Robotics", readinessLevel = 5, offerType = "Transfer" }, Token);
        var put = await client.PutAsJsonAsync($"/api/exhibitor/technologies/{theirs}",
            new { titleVi = "Đổi tên", field = "Robotics", readinessLevel = 5, offerType = "Transfer", version = 0 }, Token);

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden],
            new[] { get.StatusCode, list.StatusCode, post.StatusCode, put.StatusCode });
        await using var after = await factory.Services.GetRequiredService<IDbContextFactory<EventDbContext>>().CreateDbContextAsync(Token);
        Assert.Equal(before, await after.Technologies.CountAsync(Token));
        Assert.NotEqual("Đổi tên", (await after.Technologies.SingleAsync(t => t.Id == theirs, Token)).Title.Vi);
    }

    [Fact]
    public async Task Exhibitor_CreatesAndListsTheirOwnTechnologies()
    {
        var (own, _) = await ApplicationOfAsync(OwnName);
        var client = await ExhibitorOfAsync(own);

        var post = await client.PostAsJsonAsync("/api/exhibitor/technologies",
            new { titleVi = "Cảm biến độ ẩm chè", titleEn = "Tea moisture sensor", field = "Agriculture", readinessLevel = 6, offerType = "Demonstration" }, Token);
        var list = await client.GetFromJsonAsync<JsonElement>("/api/exhibitor/technologies", Token);

        Assert.Equal(HttpStatusCode.Created, post.StatusCode);
        Assert.Contains(list.EnumerateArray(), t => t.GetProperty("titleVi").GetString() == "Cảm biến độ ẩm chè" && t.GetProperty("organizationId").GetInt32() == own);
    }

    [Fact]
    public async Task Anonymous_IsSentToSignIn()
    {
        var (_, application) = await ApplicationOfAsync(OtherName);
        var client = BrowserClient.Create(factory);

        var response = await client.GetAsync($"/api/exhibitor/applications/{application.Id}", Token);

        Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Redirect, response.StatusCode.ToString());
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            Assert.Contains("/Account/Login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Organiser_ReadsAnyApplicationAndTechnologyList()
    {
        var (other, application) = await ApplicationOfAsync(OtherName);
        var client = BrowserClient.Create(factory, "vi-VN");
        await client.SignInOrFailAsync(TechconnectAppFactory.AdminEmail, TechconnectAppFactory.AdminPassword);

        var read = await client.GetFromJsonAsync<JsonElement>($"/api/exhibitor/applications/{application.Id}", Token);
        var technologies = await client.GetFromJsonAsync<JsonElement>($"/api/exhibitor/technologies?organizationId={other}", Token);

        Assert.Equal("Allocated", read.GetProperty("status").GetString());
        Assert.Equal(6, read.GetProperty("allocatedBooths").GetArrayLength());
        Assert.NotEqual(0, technologies.GetArrayLength());
    }
}
