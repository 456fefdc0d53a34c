using System.Text.Json;
using Microsoft.Extensions.Localization;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Organizations;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Hosting;
using TechconnectEvent.Web.Infrastructure.Operations;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.Web.Features.Exhibitors;

/// <summary>
/// <c>/api/exhibitor</c>: the exhibitor's application and technologies for scripts. The same services as the
/// pages, so the same ownership rule: another organisation's record gives 403, a missing one 404.
/// </summary>
internal static class ExhibitorApi
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/exhibitor")
            .RequireAuthorization(Policies.ExhibitorsAndOrganisers)
            .RequireSameOriginForWrites();
        api.MapGet("/applications/{id:int}", GetApplicationAsync);
        api.MapPut("/applications/{id:int}", PutApplicationAsync);
        api.MapGet("/technologies", ListTechnologiesAsync);
        api.MapPost("/technologies", PostTechnologyAsync);
        api.MapGet("/technologies/{id:int}", GetTechnologyAsync);
        api.MapPut("/technologies/{id:int}", PutTechnologyAsync);
    }

    private static async Task<IResult> GetApplicationAsync(int id, ExhibitorApplicationService applications, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var result = await applications.GetAsync(id, ct);
        return result.Succeeded ? Results.Ok(ApplicationResponse.From(result.Value!)) : Problem(result, l);
    }

    private static async Task<IResult> PutApplicationAsync(int id, HttpRequest request, ExhibitorApplicationService applications, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var body = await ReadAsync<ApplicationRequest>(request, l, ct);
        if (body.Failure is not null)
        {
            return body.Failure;
        }
        var dto = body.Value!;
        var zones = dto.ZonePreferences ?? [];
        if (zones.Count > 3)
        {
            return Problem(OperationResult.Fail(OperationError.ForField("ZonePreferences", "Application.TooManyZones", 3)), l);
        }
        var input = new ApplicationInput
        {
            BoothsWanted = dto.BoothsWanted, SizeWanted = dto.SizeWanted, WantsAdjacent = dto.WantsAdjacent, SponsorTier = dto.SponsorTier, Notes = dto.Notes,
            ZonePreference1Id = zones.Count > 0 ? zones[0] : null,
            ZonePreference2Id = zones.Count > 1 ? zones[1] : null,
            ZonePreference3Id = zones.Count > 2 ? zones[2] : null,
        };
        var updated = await applications.UpdateAsync(id, input, dto.Version, ct);
        if (!updated.Succeeded)
        {
            return Problem(updated, l);
        }
        return await GetApplicationAsync(id, applications, l, ct);
    }

    private static async Task<IResult> ListTechnologiesAsync(int? organizationId, ICurrentActor actors, TechnologyService technologies, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var owner = organizationId ?? OrganizationAccess.OwnOrganization(await actors.GetAsync());
        if (owner is null)
        {
            return Problem(OperationResult.Fail(OperationError.ForField("OrganizationId", "Technology.OrganizationRequired")), l);
        }
        var result = await technologies.ListAsync(owner.Value, ct);
        return result.Succeeded ? Results.Ok(result.Value!.Select(TechnologyResponse.From)) : Problem(result, l);
    }

    private static async Task<IResult> GetTechnologyAsync(int id, TechnologyService technologies, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var result = await technologies.GetAsync(id, ct);
        return result.Succeeded ? Results.Ok(TechnologyResponse.From(result.Value!)) : Problem(result, l);
    }

    private static async Task<IResult> PostTechnologyAsync(
        HttpRequest request, ICurrentActor actors, EditionService editions, TechnologyService technologies, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var body = await ReadAsync<TechnologyRequest>(request, l, ct);
        if (body.Failure is not null)
        {
            return body.Failure;
        }
        var owner = body.Value!.OrganizationId ?? OrganizationAccess.OwnOrganization(await actors.GetAsync());
        if (owner is null)
        {
            return Problem(OperationResult.Fail(OperationError.ForField("OrganizationId", "Technology.OrganizationRequired")), l);
        }
        var edition = await editions.GetCurrentAsync(ct);
        var created = await technologies.CreateAsync(owner.Value, edition?.Id, body.Value.ToInput(), ct);
        if (!created.Succeeded)
        {
            return Problem(created, l);
        }
        var technology = await technologies.GetAsync(created.Value, ct);
        return Results.Created($"/api/exhibitor/technologies/{created.Value}", TechnologyResponse.From(technology.Value!));
    }

    private static async Task<IResult> PutTechnologyAsync(int id, HttpRequest request, TechnologyService technologies, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var body = await ReadAsync<TechnologyRequest>(request, l, ct);
        if (body.Failure is not null)
        {
            return body.Failure;
        }
        var updated = await technologies.UpdateAsync(id, body.Value!.ToInput(), body.Value.Version, ct);
        return updated.Succeeded ? await GetTechnologyAsync(id, technologies, l, ct) : Problem(updated, l);
    }

    /// <summary>Reads the JSON body; malformed JSON or an unknown enum name is a 400, never a 500.</summary>
    private static async Task<(T? Value, IResult? Failure)> ReadAsync<T>(HttpRequest request, IStringLocalizer<SharedResource> l, CancellationToken ct) where T : class
    {
        // JSON only: a page on another site can post a form or text/plain without asking, but not application/json.
        if (!request.HasJsonContentType())
        {
            return (null, Results.Problem(l["Error.Api.JsonOnly"], statusCode: StatusCodes.Status415UnsupportedMediaType));
        }
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, Json, ct);
            return value is null ? (null, Results.Problem(l["Error.Api.BadJson"], statusCode: 400)) : (value, null);
        }
        catch (JsonException)
        {
            return (null, Results.Problem(l["Error.Api.BadJson"], statusCode: 400));
        }
    }

    /// <summary>Coded errors as HTTP: field errors as a validation problem in the request's language.</summary>
    internal static IResult Problem(OperationResult result, IStringLocalizer<SharedResource> l)
    {
        var first = result.Errors[0];
        var codes = result.Errors.Select(e => e.Code).ToArray();
        var extensions = new Dictionary<string, object?> { ["codes"] = codes };
        if (first.Code == CommonErrors.Codes.Busy)
        {
            return Results.Problem(l.Describe(first), statusCode: 503, extensions: extensions);
        }
        if (first.Code == CommonErrors.Codes.NotFound)
        {
            return Results.Problem(l.Describe(first), statusCode: 404, extensions: extensions);
        }
        if (first.Code == CommonErrors.Codes.Forbidden)
        {
            return Results.Problem(l.Describe(first), statusCode: 403, extensions: extensions);
        }
        if (result.Errors.Any(e => e.Field is not null))
        {
            var errors = result.Errors.Where(e => e.Field is not null)
                .GroupBy(e => JsonNamingPolicy.CamelCase.ConvertName(e.Field!))
                .ToDictionary(g => g.Key, g => g.Select(e => l.Describe(e)).ToArray());
            return Results.ValidationProblem(errors, title: l["Error.Api.Invalid"], extensions: extensions);
        }
        return Results.Problem(string.Join(" ", result.Errors.Select(e => l.Describe(e))), statusCode: 409, extensions: extensions);
    }
}
