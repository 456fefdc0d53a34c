using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Features.CheckIns;
using TechconnectEvent.Web.Features.Forum;
using TechconnectEvent.Web.Features.Forum.Attendance;
using TechconnectEvent.Web.Features.Registrations;
using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.IntegrationTests.Forum.Attendance;

/// <summary>
/// Scanning at session doors through <c>/api/checkin</c> on the demo edition, whose published sessions get their
/// doors when the app starts; the clock stands at 08:00 in Ha Long on 29 September 2023.
/// </summary>
public sealed class SessionDoorScanTests(TechconnectAppFactory factory) : IClassFixture<TechconnectAppFactory>
{
    private static readonly DateTimeOffset FirstMorning = new(2023, 9, 29, 1, 0, 0, TimeSpan.Zero);
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryPublishedDemoSession_HasAnOpenDoor_AndTheDraftNone()
    {
        await using var db = await DoorsReadyAsync();
        var sessions = await db.ForumSessions.AsNoTracking().Select(s => new { s.Id, s.Status }).ToListAsync(Cancel);
        var doors = await db.ScanPoints.AsNoTracking().Where(p => p.Kind == ScanPointKind.SessionDoor).ToListAsync(Cancel);

        Assert.Equal(sessions.Where(s => s.Status == SessionStatus.Published).Select(s => s.Id).Order(), doors.Select(d => d.SessionId!.Value).Order());
        Assert.All(doors, d => Assert.False(d.IsClosed));
        Assert.Contains(sessions, s => s.Status == SessionStatus.Draft);
    }

    [Fact]
    public async Task ASessionScan_RecordsAttendanceOnce_ThenAlreadyCheckedIn_AndTheBadgeStillEntersAtAGate()
    {
        var (client, key, sessionId, doorCode) = await PrepareAsync();
        var (registrationId, code) = await RegisterAsync("Nguyễn Thị Thu Hà");

        var first = await ScanAsync(client, key, new { code, session = sessionId, nonce = Nonce() });
        var second = await ScanAsync(client, key, new { code, gate = doorCode.ToLowerInvariant(), nonce = Nonce() });
        var gate = await ScanAsync(client, key, new { code, gate = ScanPointDefaults.MainGateCode, nonce = Nonce() });

        Assert.Equal((HttpStatusCode.OK, "CheckedIn"), (first.Status, first.Json.GetProperty("status").GetString()));
        Assert.Equal("AlreadyCheckedIn", second.Json.GetProperty("status").GetString());
        Assert.Equal(first.Json.GetProperty("gate").GetString(), second.Json.GetProperty("gate").GetString());
        Assert.Equal("CheckedIn", gate.Json.GetProperty("status").GetString());
        await using var db = Db();
        var admissions = await db.CheckIns.AsNoTracking().Where(c => c.RegistrationId == registrationId).ToListAsync(Cancel);
        Assert.Equal(2, admissions.Count);
        Assert.Contains(admissions, c => c.Scope == CheckIn.FairEntry);
        var counts = await factory.Services.GetRequiredService<ISessionAudience>().CountAsync(await EditionIdAsync(), [sessionId], Cancel);
        Assert.Equal(1, counts[sessionId].Attended);
    }

    [Fact]
    public async Task AnUnknownSession_OrADraftOne_Gets400WithATranslatedMessage()
    {
        var (client, key, _, _) = await PrepareAsync();
        var (_, code) = await RegisterAsync("Trần Văn Khoa");
        int draftId;
        await using (var db = Db())
        {
            draftId = await db.ForumSessions.Where(s => s.Status == SessionStatus.Draft).Select(s => s.Id).FirstAsync(Cancel);
        }

        var unknown = await ScanAsync(client, key, new { code, session = 987654, nonce = Nonce() });
        var draft = await ScanAsync(client, key, new { code, session = draftId, nonce = Nonce() }, "en-US");

        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
        Assert.Equal("unknown-session", unknown.Json.GetProperty("error").GetString());
        Assert.Contains("phiên", unknown.Json.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, draft.Status);
        Assert.Contains("session", draft.Json.GetProperty("message").GetString(), StringComparison.Ordinal);
        await using var check = Db();
        Assert.False(await check.ScanLog.AnyAsync(s => s.Code == code, Cancel));
    }

    private async Task<(HttpClient Client, string Key, int SessionId, string DoorCode)> PrepareAsync()
    {
        factory.Clock.MoveTo(FirstMorning);
        await using var db = await DoorsReadyAsync();
        var editionId = await EditionIdAsync();
        var key = DeviceKeys.New();
        db.Devices.Add(new Device
        {
            EditionId = editionId, Name = "Cửa phiên " + Guid.NewGuid().ToString("N")[..6], KeyHash = DeviceKeys.Hash(key),
            KeyHint = DeviceKeys.Hint(key), CreatedAt = FirstMorning,
        });
        await db.SaveChangesAsync(Cancel);
        // A session of the first day, so that a scan this morning falls on a day of the edition.
        var door = await db.ScanPoints.AsNoTracking().Where(p => p.Kind == ScanPointKind.SessionDoor && p.EditionId == editionId)
            .OrderBy(p => p.StartsAt).FirstAsync(Cancel);
        return (factory.CreateClient(), key, door.SessionId!.Value, door.Code);
    }

    /// <summary>The doors are made by a background service once the app has started: waits for them.</summary>
    private async Task<EventDbContext> DoorsReadyAsync()
    {
        _ = factory.Services;
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var db = Db();
            var published = await db.ForumSessions.CountAsync(s => s.Status == SessionStatus.Published, Cancel);
            if (published > 0 && await db.ScanPoints.CountAsync(p => p.Kind == ScanPointKind.SessionDoor, Cancel) == published)
            {
                return db;
            }
            await db.DisposeAsync();
            await Task.Delay(50, Cancel);
        }
        throw new TimeoutException("The session doors were not made.");
    }

    private async Task<int> EditionIdAsync()
    {
        await using var db = Db();
        return await db.Editions.Where(e => e.IsCurrent).Select(e => e.Id).SingleAsync(Cancel);
    }

    private async Task<(int Id, string Code)> RegisterAsync(string name)
    {
        await using var db = Db();
        var editionId = await EditionIdAsync();
        var category = await db.RegistrationCategories.SingleAsync(c => c.EditionId == editionId && c.Code == RegistrationCategoryDefaults.Visitor, Cancel);
        var registration = new Registration
        {
            EditionId = editionId, CategoryId = category.Id, FullName = name, Status = RegistrationStatus.Confirmed, DaysMask = 3,
            RegisteredAt = FirstMorning.AddDays(-5), BadgeCode = BadgeCodes.New(),
            ManagementTokenHash = ManagementTokens.Hash(ManagementTokens.New()),
        };
        db.Registrations.Add(registration);
        await db.SaveChangesAsync(Cancel);
        return (registration.Id, registration.BadgeCode);
    }

    private EventDbContext Db() => factory.Services.GetRequiredService<IDbContextFactory<EventDbContext>>().CreateDbContext();

    private static string Nonce() => Guid.NewGuid().ToString("N");

    private static async Task<Answer> ScanAsync(HttpClient client, string key, object body, string language = "vi-VN")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/checkin") { Content = JsonContent.Create(body) };
        request.Headers.Add("X-Device-Key", key);
        request.Headers.AcceptLanguage.ParseAdd(language);
        using var response = await client.SendAsync(request, Cancel);
        var text = await response.Content.ReadAsStringAsync(Cancel);
        return new Answer(response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    private sealed record Answer(HttpStatusCode Status, JsonElement Json);
}
