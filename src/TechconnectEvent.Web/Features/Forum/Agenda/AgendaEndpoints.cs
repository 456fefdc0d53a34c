using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.Pdf;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.Web.Features.Forum.Agenda;

/// <summary>
/// <c>/agenda.ics</c>, <c>/agenda/{id}.ics</c> and <c>/agenda.pdf</c>: public, in the request's language. A
/// calendar app subscribing sends no cookie and often no Accept-Language, so <c>?culture=</c> may choose it too.
/// </summary>
internal static class AgendaEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/agenda.ics", AllAsync).AllowAnonymous();
        endpoints.MapGet("/agenda/{id:int}.ics", OneAsync).AllowAnonymous();
        endpoints.MapGet("/agenda.pdf", PdfAsync).AllowAnonymous();
    }

    private static async Task<IResult> AllAsync(
        HttpContext context, AgendaService agendas, TimeProvider time, IStringLocalizer<SharedResource> localizer, string? year, CancellationToken cancellationToken)
    {
        var culture = Culture(context);
        var agenda = await agendas.GetAsync(Year(year), culture, cancellationToken);
        if (agenda is null)
        {
            return Results.Problem(localizer["Home.NoEdition"], statusCode: StatusCodes.Status404NotFound);
        }
        var ics = AgendaCalendar.Write(agenda, agenda.Sessions, CalendarLabels(localizer), time.GetUtcNow());
        return Calendar(ics, $"agenda-{agenda.Edition.Year}-{culture.TwoLetterISOLanguageName}.ics");
    }

    private static async Task<IResult> OneAsync(
        HttpContext context, int id, AgendaService agendas, TimeProvider time, IStringLocalizer<SharedResource> localizer, CancellationToken cancellationToken)
    {
        var culture = Culture(context);
        var agenda = await agendas.GetAsync(null, culture, cancellationToken);
        // A draft is not in the agenda at all, so it answers exactly like an id that never existed.
        if (agenda?.Find(id) is not { } session)
        {
            return Results.Problem(localizer["Agenda.SessionNotFound"], statusCode: StatusCodes.Status404NotFound);
        }
        var ics = AgendaCalendar.Write(agenda, [session], CalendarLabels(localizer), time.GetUtcNow());
        return Calendar(ics, $"agenda-{agenda.Edition.Year}-session-{session.Id}.ics");
    }

    private static async Task<IResult> PdfAsync(
        HttpContext context, AgendaService agendas, PdfFontProvider fonts, TimeProvider time, IStringLocalizer<SharedResource> localizer,
        string? year, CancellationToken cancellationToken)
    {
        var culture = Culture(context);
        var agenda = await agendas.GetAsync(Year(year), culture, cancellationToken);
        if (agenda is null)
        {
            return Results.Problem(localizer["Home.NoEdition"], statusCode: StatusCodes.Status404NotFound);
        }
        var now = time.GetUtcNow();
        var generated = EditionClock.Format(now, agenda.Edition.TimeZoneId, culture);
        var labels = new AgendaDocumentLabels(
            localizer["Agenda.Pdf.Title"], localizer["Agenda.NoRoom"], localizer["Agenda.NoneYet"], localizer["Agenda.Pdf.PageNumber"],
            localizer["Agenda.Pdf.GeneratedAt", generated], localizer["Agenda.CancelledTitle"], localizer["Agenda.UpdatedAt"],
            kind => localizer[AgendaKinds.Key(kind)]);
        var pdf = await Task.Run(() => AgendaDocument.Render(agenda, labels, fonts, now, culture), cancellationToken);
        return Results.File(pdf, "application/pdf", $"agenda-{agenda.Edition.Year}-{culture.TwoLetterISOLanguageName}.pdf");
    }

    /// <summary>Parsed here, not by the binder, so that "?year=abc" reads as no such edition rather than a failed request.</summary>
    internal static int? Year(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null;

    private static AgendaCalendarLabels CalendarLabels(IStringLocalizer<SharedResource> localizer) =>
        new(localizer["Agenda.Speakers"], localizer["Agenda.Chairs"], localizer["Agenda.CancelledTitle"], kind => localizer[AgendaKinds.Key(kind)]);

    private static IResult Calendar(string ics, string fileName) =>
        Results.File(Encoding.UTF8.GetBytes(ics), AgendaCalendar.ContentType, fileName);

    /// <summary>
    /// <c>?culture=</c> when it names a product language, else what the request localisation chose (cookie, then
    /// Accept-Language, else Vietnamese). Set as the request's culture so the resources answer in it too.
    /// </summary>
    private static CultureInfo Culture(HttpContext context)
    {
        var asked = context.Request.Query["culture"].ToString();
        if (ProductCultures.Supported.FirstOrDefault(c => string.Equals(c, asked, StringComparison.OrdinalIgnoreCase)) is { } name)
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
        }
        return CultureInfo.CurrentUICulture;
    }
}
