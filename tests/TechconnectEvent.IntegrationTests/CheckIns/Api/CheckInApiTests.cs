using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TechconnectEvent.Testing;
using TechconnectEvent.Web.Features.CheckIns;
using TechconnectEvent.Web.Features.Registrations;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;

namespace TechconnectEvent.IntegrationTests.CheckIns.Api;

/// <summary>The scanner API on the demo edition (29–30 September 2023, Ha Long), with the clock on the first morning.</summary>
public sealed class CheckInApiTests(TechconnectAppFactory factory) : IClassFixture<TechconnectAppFactory>
{
    /// <summary>08:00 in Ha Long on the first day.</summary>
    private static readonly DateTimeOffset FirstMorning = new(2023, 9, 29, 1, 0, 0, TimeSpan.Zero);
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AValidBadge_IsCheckedIn_ThenAlreadyCheckedIn_WithTheFirstTimeInTheEditionsTimeZone()
    {
        var (client, key) = await DeviceAsync();
        var code = await RegisterAsync("Nguyễn Văn Thành");

        var first = await ScanAsync(client, key, new { code, gate = "main", nonce = Nonce() });
        var second = await ScanAsync(client, key, new { code, gate = "MAIN", nonce = Nonce() });

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal("CheckedIn", first.Json.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, first.Json.GetProperty("reason").ValueKind);
        Assert.Equal("Nguyễn Văn Thành", first.Json.GetProperty("name").GetString());
        Assert.Equal("Khách tham quan", first.Json.GetProperty("category").GetString());
        Assert.Equal("Cổng chính", first.Json.GetProperty("gate").GetString());
        Assert.Equal("AlreadyCheckedIn", second.Json.GetProperty("status").GetString());
        Assert.Equal("2023-09-29T08:00:00+07:00", second.Json.GetProperty("firstCheckInAt").GetString());
        Assert.Equal("Cổng chính", second.Json.GetProperty("gate").GetString());
    }

    [Fact]
    public async Task WithoutAGate_TheDevicesDefaultGateIsUsed()
    {
        var (client, key) = await DeviceAsync(withDefaultGate: true);
        var code = await RegisterAsync("Trần Thị Mai");

        var verdict = await ScanAsync(client, key, new { code, nonce = Nonce() });

        Assert.Equal("CheckedIn", verdict.Json.GetProperty("status").GetString());
        Assert.Equal("Cổng chính", verdict.Json.GetProperty("gate").GetString());
    }

    [Theory]
    [InlineData(RegistrationStatus.Cancelled, "NotAllowed", "cancelled")]
    [InlineData(RegistrationStatus.Pending, "NotAllowed", "pending-approval")]
    [InlineData(RegistrationStatus.Rejected, "NotAllowed", "rejected")]
    public async Task ARegistrationThatIsNotConfirmed_IsRefusedWithItsReason(RegistrationStatus status, string expected, string reason)
    {
        var (client, key) = await DeviceAsync();
        var code = await RegisterAsync("Lê Minh Đức", status);

        var verdict = await ScanAsync(client, key, new { code, gate = "main", nonce = Nonce() });

        Assert.Equal(HttpStatusCode.OK, verdict.Status);
        Assert.Equal(expected, verdict.Json.GetProperty("status").GetString());
        Assert.Equal(reason, verdict.Json.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task AnUnknownCode_AndAnOldBadge_AreInvalid()
    {
        var (client, key) = await DeviceAsync();

        var unknown = await ScanAsync(client, key, new { code = BadgeCodes.New(), gate = "main", nonce = Nonce() });
        var garbage = await ScanAsync(client, key, new { code = "https://example.com/x", gate = "main", nonce = Nonce() });

        Assert.Equal(("Invalid", "unknown-code"), (unknown.Json.GetProperty("status").GetString(), unknown.Json.GetProperty("reason").GetString()));
        Assert.Equal(("Invalid", "malformed-code"), (garbage.Json.GetProperty("status").GetString(), garbage.Json.GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task ABadgeForTheSecondDayOnly_IsNotForToday()
    {
        var (client, key) = await DeviceAsync();
        var code = await RegisterAsync("Phạm Thu Hà", daysMask: 0b10);

        var verdict = await ScanAsync(client, key, new { code, gate = "main", nonce = Nonce() });

        Assert.Equal(("NotAllowed", "not-today"), (verdict.Json.GetProperty("status").GetString(), verdict.Json.GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task TheSameNonce_GetsTheSameAnswer_AndOneLogRow()
    {
        var (client, key) = await DeviceAsync();
        var code = await RegisterAsync("Võ Thị Sáu");
        var nonce = Nonce();

        var first = await ScanAsync(client, key, new { code, gate = "main", nonce });
        var again = await ScanAsync(client, key, new { code, gate = "main", nonce });

        Assert.Equal("CheckedIn", first.Json.GetProperty("status").GetString());
        Assert.Equal(first.Body, again.Body);
        await using var db = Db();
        Assert.Equal(1, await db.ScanLog.CountAsync(s => s.Code == code, Cancel));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-key")]
    public async Task AMissingOrWrongKey_Gets401_AndNothingIsLogged(string? key)
    {
        var (client, _) = await DeviceAsync();
        var code = await RegisterAsync("Hồ Văn Nam");

        var verdict = await ScanAsync(client, key, new { code, gate = "main", nonce = Nonce() });

        Assert.Equal(HttpStatusCode.Unauthorized, verdict.Status);
        Assert.Equal("invalid-device-key", verdict.Json.GetProperty("error").GetString());
        await using var db = Db();
        Assert.False(await db.ScanLog.AnyAsync(s => s.Code == code, Cancel));
    }

    [Fact]
    public async Task ARevokedDevice_Gets401_EvenRightAfterItsKeyWasUsed()
    {
        var (client, key) = await DeviceAsync();
        var code = await RegisterAsync("Đinh Công Tráng");
        Assert.Equal(HttpStatusCode.OK, (await ScanAsync(client, key, new { code, gate = "main", nonce = Nonce() })).Status);

        int deviceId;
        await using (var db = Db())
        {
            var device = await db.Devices.SingleAsync(d => d.KeyHash == DeviceKeys.Hash(key), Cancel);
            device.RevokedAt = factory.Clock.GetUtcNow();
            await db.SaveChangesAsync(Cancel);
            deviceId = device.Id;
        }
        factory.Services.GetRequiredService<ChangeNotifier<DeviceChange>>().Publish(new DeviceChange(deviceId));

        // The notice reaches the key cache on its own task: within a moment, never a scan later than that.
        var status = HttpStatusCode.OK;
        for (var attempt = 0; attempt < 50 && status != HttpStatusCode.Unauthorized; attempt++)
        {
            status = (await ScanAsync(client, key, new { code, gate = "main", nonce = Nonce() })).Status;
            if (status != HttpStatusCode.Unauthorized)
            {
                await Task.Delay(20, Cancel);
            }
        }
        Assert.Equal(HttpStatusCode.Unauthorized, status);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("[1, 2]")]
    public async Task ABodyThatIsNotTheScan_Gets400WithATranslatedMessage(string body)
    {
        var (client, key) = await DeviceAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/checkin") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Device-Key", key);

        var response = await client.SendAsync(request, Cancel);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, string.Join("\n", factory.Logs.Lines.Where(l => l.Contains("xception", StringComparison.Ordinal))));
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement;
        Assert.Equal("invalid-json", json.GetProperty("error").GetString());
        Assert.Contains("JSON", json.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownGate_OrNoGateWithoutADefault_Gets400()
    {
        var (client, key) = await DeviceAsync();
        var code = await RegisterAsync("Mạc Thị Bưởi");

        var unknown = await ScanAsync(client, key, new { code, gate = "no-such-gate", nonce = Nonce() });
        var missing = await ScanAsync(client, key, new { code, nonce = Nonce() });

        Assert.Equal((HttpStatusCode.BadRequest, "unknown-gate"), (unknown.Status, unknown.Json.GetProperty("error").GetString()));
        Assert.Equal((HttpStatusCode.BadRequest, "gate-required"), (missing.Status, missing.Json.GetProperty("error").GetString()));
        Assert.Matches("[ảạấầẩậắằặẻẽẹếềệỉịỏọốồổộớờợủụứừửựđ]", unknown.Json.GetProperty("message").GetString());
    }

    [Fact]
    public async Task QueuedScans_AreJudgedInOrder_ForTheDayTheyWereMade_AndCanBeSentTwice()
    {
        var (client, key) = await DeviceAsync();
        var code = await RegisterAsync("Nguyễn Thị Định");
        // The device comes back online the next morning with yesterday's scans.
        factory.Clock.MoveTo(FirstMorning.AddDays(1));
        var body = new
        {
            scans = new object[]
            {
                new { code, gate = "main", nonce = "q1-" + code, scannedAt = "2023-09-29T08:05:00+07:00" },
                new { code, gate = "main", nonce = "q2-" + code, scannedAt = "2023-09-29T08:06:00+07:00" },
                new { code, gate = "main", scannedAt = "2023-09-29T08:07:00+07:00" },
                new { code, gate = "main", nonce = "q4-" + code, scannedAt = "2031-01-01T00:00:00+07:00" },
            },
        };

        var first = await SendAsync(client, key, "/api/checkin/sync", body);
        var again = await SendAsync(client, key, "/api/checkin/sync", body);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        var results = first.Json.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(4, results.Count);
        Assert.Equal("CheckedIn", results[0].GetProperty("verdict").GetProperty("status").GetString());
        Assert.Equal("2023-09-29T08:05:00+07:00", results[0].GetProperty("verdict").GetProperty("firstCheckInAt").GetString());
        Assert.Equal("AlreadyCheckedIn", results[1].GetProperty("verdict").GetProperty("status").GetString());
        Assert.Equal("nonce-required", results[2].GetProperty("error").GetProperty("error").GetString());
        Assert.Equal("scanned-at-invalid", results[3].GetProperty("error").GetProperty("error").GetString());
        Assert.Equal(first.Body, again.Body);
        Assert.Contains("Nguyễn Thị Định", first.Body, StringComparison.Ordinal);
        await using var db = Db();
        var person = await db.Registrations.SingleAsync(r => r.BadgeCode == code, Cancel);
        Assert.Equal(0, (await db.CheckIns.SingleAsync(c => c.RegistrationId == person.Id, Cancel)).DayIndex);
    }

    [Fact]
    public async Task WrongKeysFromOneAddress_AreCutOffWith429_AndAValidDeviceIsLimitedPerMinute()
    {
        await using var app = factory.WithWebHostBuilder(builder => builder
            .UseSetting("RateLimits:CheckIn:PermitsPerMinute", "3")
            .UseSetting("RateLimits:CheckInFailedKeys:PermitsPerMinute", "2"));
        var client = app.CreateClient();
        var key = await AddDeviceAsync(withDefaultGate: true);
        var code = await RegisterAsync("Lương Văn Can");

        var wrong = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            wrong.Add((await ScanAsync(client, "wrong-" + i, new { code, nonce = Nonce() })).Status);
        }
        var valid = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            valid.Add((await ScanAsync(client, key, new { code, nonce = Nonce() })).Status);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], wrong);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], valid);
    }

    private async Task<(HttpClient Client, string Key)> DeviceAsync(bool withDefaultGate = false)
    {
        factory.Clock.MoveTo(FirstMorning);
        var client = factory.CreateClient();
        return (client, await AddDeviceAsync(withDefaultGate));
    }

    private async Task<string> AddDeviceAsync(bool withDefaultGate)
    {
        factory.Clock.MoveTo(FirstMorning);
        await using var db = Db();
        var edition = await db.Editions.SingleAsync(e => e.IsCurrent, Cancel);
        var gate = await db.ScanPoints.SingleAsync(p => p.EditionId == edition.Id && p.Code == ScanPointDefaults.MainGateCode, Cancel);
        var key = DeviceKeys.New();
        db.Devices.Add(new Device
        {
            EditionId = edition.Id,
            Name = "Máy quét " + Guid.NewGuid().ToString("N")[..6],
            KeyHash = DeviceKeys.Hash(key),
            KeyHint = DeviceKeys.Hint(key),
            DefaultScanPointId = withDefaultGate ? gate.Id : null,
            CreatedAt = FirstMorning,
        });
        await db.SaveChangesAsync(Cancel);
        return key;
    }

    private async Task<string> RegisterAsync(string name, RegistrationStatus status = RegistrationStatus.Confirmed, int daysMask = 3)
    {
        await using var db = Db();
        var edition = await db.Editions.SingleAsync(e => e.IsCurrent, Cancel);
        var category = await db.RegistrationCategories.SingleAsync(c => c.EditionId == edition.Id && c.Code == RegistrationCategoryDefaults.Visitor, Cancel);
        var registration = new Registration
        {
            EditionId = edition.Id,
            CategoryId = category.Id,
            FullName = name,
            Status = status,
            DaysMask = daysMask,
            RegisteredAt = FirstMorning.AddDays(-10),
            BadgeCode = BadgeCodes.New(),
            ManagementTokenHash = ManagementTokens.Hash(ManagementTokens.New()),
        };
        db.Registrations.Add(registration);
        await db.SaveChangesAsync(Cancel);
        return registration.BadgeCode;
    }

    private EventDbContext Db() => factory.Services.GetRequiredService<IDbContextFactory<EventDbContext>>().CreateDbContext();

    private static string Nonce() => Guid.NewGuid().ToString("N");

    private static Task<Answer> ScanAsync(HttpClient client, string? key, object body) => SendAsync(client, key, "/api/checkin", body);

    private static async Task<Answer> SendAsync(HttpClient client, string? key, string path, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Add("X-Device-Key", key);
        }
        using var response = await client.SendAsync(request, Cancel);
        var text = await response.Content.ReadAsStringAsync(Cancel);
        return new Answer(response.StatusCode, text, JsonDocument.Parse(text).RootElement.Clone());
    }

    private sealed record Answer(HttpStatusCode Status, string Body, JsonElement Json);
}
