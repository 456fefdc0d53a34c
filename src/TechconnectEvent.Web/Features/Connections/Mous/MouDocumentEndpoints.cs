using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Infrastructure.Hosting;
using TechconnectEvent.Web.Infrastructure.Operations;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.Web.Features.Connections.Mous;

/// <summary>The answer to an upload: the new document's id, or the coded errors with their text in the request's language.</summary>
public sealed record MouUploadResponse(int? Id, IReadOnlyList<string> Codes, IReadOnlyList<string> Errors);

/// <summary>
/// <c>POST /connections/mous/{id}/documents</c> (multipart, one file) and
/// <c>GET /connections/mous/{id}/documents/{documentId}</c>, both for organisers only.
/// </summary>
internal static class MouDocumentEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/connections/mous/{id:int}/documents").RequireAuthorization(Policies.Organisers);
        // An API for scripts as well as the page, so no antiforgery token: a cross-site browser post is refused by the
        // same-origin filter, and the auth cookie is SameSite=Lax.
        group.MapPost("", UploadAsync).DisableAntiforgery().RequireSameOriginForWrites();
        group.MapGet("/{documentId:int}", DownloadAsync);
    }

    private static async Task<IResult> UploadAsync(int id, HttpRequest request, MouDocumentStore store,
        IStringLocalizer<SharedResource> localizer, CancellationToken cancellationToken)
    {
        var boundary = MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType) && mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            ? HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value
            : null;
        if (string.IsNullOrEmpty(boundary))
        {
            return Fail(localizer, OperationError.Of("Mou.Document.NoFile"));
        }
        try
        {
            // Read section by section so that the file streams straight to the store, which stops at the limit.
            var reader = new MultipartReader(boundary, request.Body);
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.IsFileDisposition())
                {
                    continue;
                }
                var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
                var result = await store.AddAsync(id, fileName, section.Body, cancellationToken);
                return result.Succeeded
                    ? Results.Json(new MouUploadResponse(result.Value, [], []), statusCode: StatusCodes.Status201Created)
                    : Fail(localizer, [.. result.Errors]);
            }
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or BadHttpRequestException)
        {
            return Fail(localizer, OperationError.Of("Mou.Document.Unreadable"));
        }
        return Fail(localizer, OperationError.Of("Mou.Document.NoFile"));
    }

    private static async Task<IResult> DownloadAsync(int id, int documentId, HttpContext context, MouDocumentStore store, CancellationToken cancellationToken)
    {
        if (await store.OpenAsync(id, documentId, cancellationToken) is not { } file)
        {
            return Results.NotFound();
        }
        // The type comes from the signature, and the browser must not guess another from the bytes.
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.File(file.Path, file.Document.ContentType, file.Document.FileName);
    }

    private static IResult Fail(IStringLocalizer<SharedResource> localizer, params OperationError[] errors)
    {
        var status = errors.Any(e => e.Code == MouDocumentStore.TooLargeError) ? StatusCodes.Status413PayloadTooLarge
            : errors.Any(e => e.Code == CommonErrors.Codes.NotFound) ? StatusCodes.Status404NotFound
            : errors.Any(e => e.Code == CommonErrors.Codes.Forbidden) ? StatusCodes.Status403Forbidden
            : StatusCodes.Status400BadRequest;
        return Results.Json(new MouUploadResponse(null, [.. errors.Select(e => e.Code)], [.. errors.Select(localizer.Describe)]), statusCode: status);
    }
}
