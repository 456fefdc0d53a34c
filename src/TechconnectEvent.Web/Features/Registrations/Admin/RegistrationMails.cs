using System.Globalization;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.Mail;

namespace TechconnectEvent.Web.Features.Registrations.Admin;

/// <summary>
/// The letters that tell a person of an organiser's decision. Registrations keep no language, so Vietnamese
/// nationals are written to in Vietnamese and everybody else in English. None carries the management link: only
/// its hash is stored.
/// </summary>
public static class RegistrationMails
{
    public const string Approved = "RegistrationApproved";
    public const string Rejected = "RegistrationRejected";
    public const string Cancelled = "RegistrationCancelled";

    public static string CultureOf(Registration registration) =>
        registration.Nationality == "VN" ? ProductCultures.Vietnamese : ProductCultures.English;

    /// <returns>Null for a person without an e-mail address (invited or registered at the desk).</returns>
    public static MailDraft? Draft(string template, Registration registration, Edition edition, RegistrationCategory category,
        string? reason = null, IReadOnlyList<MailAttachment>? attachments = null)
    {
        if (registration.Email is not { } address)
        {
            return null;
        }
        var culture = CultureOf(registration);
        var info = CultureInfo.GetCultureInfo(culture);
        var values = new Dictionary<string, string>
        {
            ["Name"] = registration.FullName,
            ["EditionName"] = edition.Name.For(info),
            ["Category"] = category.Name.For(info),
            ["Dates"] = EditionClock.FormatDateRange(edition.StartDate, edition.EndDate, info),
            ["Venue"] = edition.Venue.For(info),
            ["Reason"] = reason ?? "",
        };
        return new MailDraft(template, new MailRecipient(address, registration.FullName, culture), values, edition.Id, attachments);
    }
}
