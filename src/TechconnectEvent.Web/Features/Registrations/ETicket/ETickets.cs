using System.Globalization;
using Microsoft.Extensions.Localization;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Registrations.Public;
using TechconnectEvent.Web.Infrastructure.Pdf;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.Web.Features.Registrations.ETicket;

/// <summary>Builds a registration's e-ticket in the current UI language (the request's, or the e-mail's).</summary>
public sealed class ETickets(PdfFontProvider fonts, IStringLocalizer<SharedResource> text, TimeProvider time)
{
    public const string ContentType = "application/pdf";

    public static string FileName(Edition edition) => $"e-ticket-{edition.Year}.pdf";

    public byte[] Render(Registration registration, RegistrationCategory category, Edition edition) =>
        ETicketDocument.Render(Model(registration, category, edition, CultureInfo.CurrentUICulture), fonts);

    /// <summary>The e-ticket in a given language (a letter's), whatever the language of the request that sends it.</summary>
    public byte[] Render(Registration registration, RegistrationCategory category, Edition edition, CultureInfo culture)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return Render(registration, category, edition);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    internal ETicketModel Model(Registration registration, RegistrationCategory category, Edition edition, CultureInfo culture)
    {
        var days = AttendanceDays.Of(registration, edition).Select(d => AttendanceDays.Label(edition, d, culture));
        var venue = $"{edition.Venue.For(culture)}, {edition.Province.For(culture)}";
        var details = new List<(string, string)>
        {
            (text["Register.Days"], string.Join(" · ", days)),
            (text["Register.Ticket.Dates"], EditionClock.FormatDateRange(edition.StartDate, edition.EndDate, culture)),
            (text["Register.Ticket.Venue"], venue),
        };
        if (edition.Directions.For(culture) is { Length: > 0 } directions && !string.IsNullOrWhiteSpace(directions))
        {
            details.Add((text["Register.Ticket.Directions"], directions));
        }
        var organization = string.Join(", ", new[] { registration.Position, registration.OrganizationName }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return new ETicketModel(
            text["Register.Ticket.Title"],
            edition.Name.For(culture),
            category.Name.For(culture),
            category.Colour,
            registration.Honorific == Honorific.None ? null : text[$"Register.Honorific.{registration.Honorific}"].Value,
            registration.FullName,
            organization.Length == 0 ? null : organization,
            registration.BadgeCode,
            details,
            text["Register.Ticket.Footer"],
            time.GetUtcNow());
    }
}
