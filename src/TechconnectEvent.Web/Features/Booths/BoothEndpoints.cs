using System.Globalization;
using Microsoft.Extensions.Localization;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Booths.Export;
using TechconnectEvent.Web.Features.Booths.Import;
using TechconnectEvent.Web.Features.Editions;
using Microsoft.AspNetCore.Mvc;
using TechconnectEvent.Web.Infrastructure.Hosting;
using TechconnectEvent.Web.Infrastructure.Operations;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.Web.Features.Booths;

/// <summary>
/// Automation endpoints for organisers: <c>POST /exhibition/booths/import</c> (multipart field "file") and
/// <c>GET /exhibition/booths/export.csv|.xlsx</c>, always for the current edition.
/// </summary>
internal static class BoothEndpoints
{
    public sealed record ProblemDto(int? Row, string? Column, string Code, string Message);

    public sealed record ImportResponse(bool Imported, int Count, int Rows, IReadOnlyList<ProblemDto> Problems);

    /// <summary>The largest file plus room for the multipart envelope; beyond it the body is not read at all.</summary>
    public const long MaxRequestBytes = ImportColumns.MaxFileBytes + 64 * 1024;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/exhibition/booths").RequireAuthorization(Policies.Organisers);
        // Scripts post without an antiforgery token. Cross-site forms are refused twice over: the auth cookie is
        // SameSite=Lax, and a request a browser marks as coming from another site gets 403.
        group.MapPost("/import", ImportAsync).DisableAntiforgery().RequireSameOriginForWrites()
            .WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes))
            .WithFormOptions(multipartBodyLengthLimit: MaxRequestBytes);
        group.MapGet("/export.csv", ExportCsvAsync);
        group.MapGet("/export.xlsx", ExportXlsxAsync);
    }

    private static async Task<IResult> ImportAsync(
        HttpRequest request, EditionService editions, BoothImportService imports,
        IStringLocalizer<SharedResource> localizer, CancellationToken cancellationToken)
    {
        var edition = await editions.GetWorkingAsync(cancellationToken);
        if (edition is null)
        {
            return Results.Problem(localizer["Home.NoEdition"], statusCode: StatusCodes.Status404NotFound);
        }
        if (request.ContentLength > MaxRequestBytes)
        {
            return TooLarge(localizer);
        }
        if (!request.HasFormContentType)
        {
            return Fail(BoothImportReport.FileProblem("Import.NoFile"), localizer);
        }
        IFormFile? file;
        try
        {
            var form = await request.ReadFormAsync(cancellationToken);
            file = form.Files.GetFile("file") ?? form.Files.FirstOrDefault();
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(localizer);
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or BadHttpRequestException)
        {
            return Fail(BoothImportReport.FileProblem("Import.Unreadable"), localizer);
        }
        if (file is null)
        {
            return Fail(BoothImportReport.FileProblem("Import.NoFile"), localizer);
        }
        if (file.Length > ImportColumns.MaxFileBytes)
        {
            return Fail(BoothImportReport.FileProblem("Import.FileTooLarge", ImportColumns.MaxFileBytes / (1024 * 1024)), localizer);
        }
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var result = await imports.ImportAsync(edition.Id, file.FileName, buffer.ToArray(), cancellationToken);
        return result.Succeeded
            ? Results.Ok(new ImportResponse(true, result.Imported, result.Report.RowCount, []))
            : Fail(result.Report, localizer);
    }

    private static IResult TooLarge(IStringLocalizer<SharedResource> localizer)
    {
        var report = BoothImportReport.FileProblem("Import.FileTooLarge", ImportColumns.MaxFileBytes / (1024 * 1024));
        return Results.Json(new ImportResponse(false, 0, 0, Describe(report, localizer)), statusCode: StatusCodes.Status413PayloadTooLarge);
    }

    private static IResult Fail(BoothImportReport report, IStringLocalizer<SharedResource> localizer) =>
        Results.BadRequest(new ImportResponse(false, 0, report.RowCount, Describe(report, localizer)));

    public static IReadOnlyList<ProblemDto> Describe(BoothImportReport report, IStringLocalizer<SharedResource> localizer) =>
        report.Problems.Count == 0 && report.Booths.Count == 0
            ? [new ProblemDto(null, null, "Import.NoRows", localizer.Describe(OperationError.Of("Import.NoRows")))]
            : report.Problems.Select(p => new ProblemDto(p.Row, p.Column, p.Error.Code, localizer.Describe(p.Error))).ToList();

    private static async Task<IResult> ExportCsvAsync(EditionService editions, BoothExportService export, CancellationToken cancellationToken)
    {
        var edition = await editions.GetWorkingAsync(cancellationToken);
        return edition is null
            ? Results.NotFound()
            : Results.File(await export.CsvAsync(edition.Id, cancellationToken), "text/csv; charset=utf-8", FileName(edition.Year, "csv"));
    }

    private static async Task<IResult> ExportXlsxAsync(EditionService editions, BoothExportService export, CancellationToken cancellationToken)
    {
        var edition = await editions.GetWorkingAsync(cancellationToken);
        return edition is null
            ? Results.NotFound()
            : Results.File(await export.XlsxAsync(edition.Id, cancellationToken),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileName(edition.Year, "xlsx"));
    }

    private static string FileName(int year, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"booths-{year}.{extension}");
}
