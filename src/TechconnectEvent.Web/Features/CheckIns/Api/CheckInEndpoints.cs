using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using TechconnectEvent.Web.Features.CheckIns.Scanning;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.Web.Features.CheckIns.Api;

/// <summary>
/// <c>POST /api/checkin</c> for scanner devices (header <c>X-Device-Key</c>, JSON <c>{ code, gate, nonce }</c>, or
/// <c>session</c> instead of <c>gate</c> at a forum session's door) and
/// <c>POST /api/checkin/sync</c> for the scans a device queued while offline. Both hand every scan to the one
/// <see cref="ICheckInScanner"/>; this class only authenticates, limits, parses and answers.
/// </summary>
public static class CheckInEndpoints
{
    public const string KeyHeader = "X-Device-Key";
    /// <summary>Queued scans accepted in one sync request.</summary>
    public const int MaxSyncScans = 500;
    /// <summary>How far ahead of the server's clock a queued scan's time may be (a device clock a little fast).</summary>
    public static readonly TimeSpan ClockTolerance = TimeSpan.FromMinutes(5);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/checkin", ScanAsync).DisableAntiforgery();
        endpoints.MapPost("/api/checkin/sync", SyncAsync).DisableAntiforgery();
    }

    private static async Task<IResult> ScanAsync(HttpContext http, DeviceDirectory devices, ScanPointDirectory scanPoints,
        ICheckInScanner scanner, CheckInRateLimits limits, IStringLocalizer<SharedResource> text)
    {
        var (device, refusal) = await AuthenticateAsync(http, devices, limits, text);
        if (device is null)
        {
            return refusal!;
        }
        var body = await ReadAsync(http, CheckInJson.Api.CheckInApiRequest);
        if (body is null)
        {
            return Error(text, StatusCodes.Status400BadRequest, "invalid-json");
        }
        var (request, point, error) = await PrepareAsync(body, device, scanPoints, text, queued: false, http.RequestAborted);
        CheckInApiVerdict? verdict = null;
        if (request is not null)
        {
            (verdict, error) = await JudgeAsync(request, point!, scanner, text, http.RequestAborted);
        }
        return verdict is not null
            ? Results.Json(verdict, CheckInJson.Api.CheckInApiVerdict)
            : Results.Json(error, CheckInJson.Api.CheckInApiError, statusCode: StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> SyncAsync(HttpContext http, DeviceDirectory devices, ScanPointDirectory scanPoints,
        ICheckInScanner scanner, CheckInRateLimits limits, IStringLocalizer<SharedResource> text, TimeProvider time)
    {
        var (device, refusal) = await AuthenticateAsync(http, devices, limits, text);
        if (device is null)
        {
            return refusal!;
        }
        var body = await ReadAsync(http, CheckInJson.Api.CheckInSyncRequest);
        if (body?.Scans is null)
        {
            return Error(text, StatusCodes.Status400BadRequest, "invalid-json");
        }
        if (body.Scans.Count > MaxSyncScans)
        {
            return Error(text, StatusCodes.Status400BadRequest, "too-many-scans", MaxSyncScans);
        }
        var latest = time.GetUtcNow() + ClockTolerance;
        // Queued in the order sent (the earlier scan of a badge is the one that checks in), all before waiting for
        // any answer, so that the writer takes them into as few transactions as it can.
        var pending = new List<Task<(CheckInApiVerdict? Verdict, CheckInApiError? Error)>>(body.Scans.Count);
        foreach (var scan in body.Scans)
        {
            if (string.IsNullOrWhiteSpace(scan.Nonce))
            {
                pending.Add(Task.FromResult<(CheckInApiVerdict?, CheckInApiError?)>((null, ErrorBody(text, "nonce-required"))));
                continue;
            }
            if (scan.ScannedAt is not { } at || at > latest)
            {
                pending.Add(Task.FromResult<(CheckInApiVerdict?, CheckInApiError?)>((null, ErrorBody(text, "scanned-at-invalid"))));
                continue;
            }
            var (request, point, error) = await PrepareAsync(scan, device, scanPoints, text, queued: true, http.RequestAborted);
            pending.Add(request is null
                ? Task.FromResult<(CheckInApiVerdict?, CheckInApiError?)>((null, error))
                : JudgeAsync(request, point!, scanner, text, http.RequestAborted));
        }
        var results = await Task.WhenAll(pending);
        return Results.Json(new CheckInSyncResponse([.. results.Select(r => new CheckInSyncResult(r.Verdict, r.Error))]),
            CheckInJson.Api.CheckInSyncResponse);
    }

    private static async Task<(DeviceIdentity? Device, IResult? Refusal)> AuthenticateAsync(HttpContext http, DeviceDirectory devices,
        CheckInRateLimits limits, IStringLocalizer<SharedResource> text)
    {
        var device = await devices.AuthenticateAsync(http.Request.Headers[KeyHeader].ToString(), http.RequestAborted);
        if (device is null)
        {
            var address = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            if (!limits.AllowFailedKey(address))
            {
                http.Response.Headers.RetryAfter = "60";
                return (null, Error(text, StatusCodes.Status429TooManyRequests, "too-many-failed-keys"));
            }
            return (null, Error(text, StatusCodes.Status401Unauthorized, "invalid-device-key"));
        }
        if (!limits.AllowScan(device.DeviceId))
        {
            http.Response.Headers.RetryAfter = "60";
            return (null, Error(text, StatusCodes.Status429TooManyRequests, "rate-limited"));
        }
        return (device, null);
    }

    private static async Task<(ScanRequest? Request, ScanPointEntry? Point, CheckInApiError? Error)> PrepareAsync(CheckInApiRequest scan,
        DeviceIdentity device, ScanPointDirectory scanPoints, IStringLocalizer<SharedResource> text, bool queued, CancellationToken cancellationToken)
    {
        if (scan.Nonce is { Length: > ScanLimits.Nonce })
        {
            return (null, null, ErrorBody(text, "nonce-too-long", ScanLimits.Nonce));
        }
        var point = scan.Session is { } session
            ? await scanPoints.ResolveSessionAsync(device.EditionId, session, cancellationToken)
            : await scanPoints.ResolveAsync(device.EditionId, scan.Gate, device.DefaultScanPointId, cancellationToken);
        if (point is null)
        {
            return (null, null, scan.Session is not null
                ? ErrorBody(text, "unknown-session")
                : ErrorBody(text, string.IsNullOrWhiteSpace(scan.Gate) ? "gate-required" : "unknown-gate"));
        }
        var request = new ScanRequest(scan.Code, point.Id, device.DeviceId, null,
            string.IsNullOrEmpty(scan.Nonce) ? null : scan.Nonce, queued ? scan.ScannedAt : null);
        return (request, point, null);
    }

    private static async Task<(CheckInApiVerdict? Verdict, CheckInApiError? Error)> JudgeAsync(ScanRequest request, ScanPointEntry point,
        ICheckInScanner scanner, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken)
    {
        try
        {
            return (ToApi(await scanner.ScanAsync(request, cancellationToken), point), null);
        }
        catch (UnknownScanPointException)
        {
            return (null, ErrorBody(text, "unknown-gate"));
        }
    }

    public static CheckInApiVerdict ToApi(ScanVerdict verdict, ScanPointEntry point)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        ArgumentNullException.ThrowIfNull(point);
        return new CheckInApiVerdict(
            verdict.Status.ToString(),
            CheckInRules.ApiReason(verdict.Reason),
            verdict.Name,
            verdict.CategoryName?.For(CultureInfo.CurrentUICulture),
            verdict.CategoryCode,
            verdict.Organization,
            verdict.FirstCheckInAt is { } at ? EditionClock.ToLocal(at, point.TimeZoneId) : null,
            verdict.FirstScanPointName ?? point.Name);
    }

    private static async Task<T?> ReadAsync<T>(HttpContext http, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) where T : class
    {
        if (!http.Request.HasJsonContentType())
        {
            return null;
        }
        try
        {
            return await JsonSerializer.DeserializeAsync(http.Request.Body, type, http.RequestAborted);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static CheckInApiError ErrorBody(IStringLocalizer<SharedResource> text, string code, params object[] arguments) =>
        // Without arguments the text is not a format string: the JSON sample in it keeps its braces.
        new(code, arguments.Length == 0 ? text["CheckIn.Api." + code] : text["CheckIn.Api." + code, arguments]);

    private static IResult Error(IStringLocalizer<SharedResource> text, int status, string code, params object[] arguments) =>
        Results.Json(ErrorBody(text, code, arguments), CheckInJson.Api.CheckInApiError, statusCode: status);
}
