using System.Globalization;
using TechconnectEvent.Web.Features.Administration;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Registrations.Categories;
using TechconnectEvent.Web.Features.Registrations.Export;
using TechconnectEvent.Web.Features.Registrations.Import;

namespace TechconnectEvent.Web.Features.Registrations.Admin;

/// <summary>The organisers' and staff's side of registrations: grid, decisions, categories, import and export.</summary>
public static class RegistrationsAdminSetup
{
    /// <summary>Needs AddAuditing(), AddMail() and AddEditions() registered as well.</summary>
    public static IServiceCollection AddRegistrationsAdmin(this IServiceCollection services)
    {
        services.AddScoped<RegistrationGridQuery>();
        services.AddScoped<RegistrationAdminService>();
        services.AddScoped<RegistrationCategoryService>();
        services.AddScoped<RegistrationImportService>();
        services.AddScoped<RegistrationExportService>();
        return services;
    }

    /// <summary><c>GET /registrations/export.csv|.xlsx</c>: the working edition's registrations, for organisers only.</summary>
    public static IEndpointRouteBuilder MapRegistrationsAdmin(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/registrations").RequireAuthorization(Policies.RegistrationDecisions);
        group.MapGet("/export.csv", async (EditionService editions, RegistrationExportService export, CancellationToken cancellationToken) =>
            await editions.GetWorkingAsync(cancellationToken) is { } edition
                ? Results.File(await export.CsvAsync(edition.Id, cancellationToken), "text/csv; charset=utf-8", FileName(edition.Year, "csv"))
                : Results.NotFound());
        group.MapGet("/export.xlsx", async (EditionService editions, RegistrationExportService export, CancellationToken cancellationToken) =>
            await editions.GetWorkingAsync(cancellationToken) is { } edition
                ? Results.File(await export.XlsxAsync(edition.Id, cancellationToken),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileName(edition.Year, "xlsx"))
                : Results.NotFound());
        return endpoints;
    }

    private static string FileName(int year, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"registrations-{year}.{extension}");
}
