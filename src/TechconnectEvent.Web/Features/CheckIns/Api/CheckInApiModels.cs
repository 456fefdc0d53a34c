using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using System.Text.Json.Serialization;

namespace TechconnectEvent.Web.Features.CheckIns.Api;

/// <summary>
/// The body of <c>POST /api/checkin</c>; <c>scannedAt</c> only in queued scans sent to <c>/api/checkin/sync</c>.
/// <c>session</c> (a forum session's id) names that session's door instead of a gate; a door's code also works as <c>gate</c>.
/// </summary>
public sealed record CheckInApiRequest(string? Code, string? Gate, string? Nonce, DateTimeOffset? ScannedAt = null, int? Session = null);

/// <summary>The body of <c>POST /api/checkin/sync</c>: scans a device queued while it was offline, oldest first.</summary>
public sealed record CheckInSyncRequest(IReadOnlyList<CheckInApiRequest>? Scans);

/// <summary>
/// The answer to a scan. <c>firstCheckInAt</c> is in the edition's time zone with its offset; <c>gate</c> is where the
/// person came in first (for a refusal: where this scan was made).
/// </summary>
public sealed record CheckInApiVerdict(
    string Status,
    string? Reason,
    string? Name,
    string? Category,
    string? CategoryCode,
    string? Organization,
    DateTimeOffset? FirstCheckInAt,
    string? Gate);

/// <summary>A request the API could not judge (bad key, body or gate): a stable code and a sentence in the request's language.</summary>
public sealed record CheckInApiError(string Error, string Message);

/// <summary>One result per queued scan, in the order sent: a verdict, or the error that kept it from being judged.</summary>
public sealed record CheckInSyncResult(CheckInApiVerdict? Verdict, CheckInApiError? Error);

public sealed record CheckInSyncResponse(IReadOnlyList<CheckInSyncResult> Results);

/// <summary>Source-generated, so that the hot path reflects over nothing; <see cref="Api"/> keeps Vietnamese unescaped.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(CheckInApiRequest))]
[JsonSerializable(typeof(CheckInSyncRequest))]
[JsonSerializable(typeof(CheckInApiVerdict))]
[JsonSerializable(typeof(CheckInApiError))]
[JsonSerializable(typeof(CheckInSyncResponse))]
internal sealed partial class CheckInJson : JsonSerializerContext
{
    public static CheckInJson Api { get; } = new(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    });
}
