using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Mail;
using TechconnectEvent.Web.Infrastructure.Pdf;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.Web.Features.Registrations.ETicket;

/// <summary>
/// The e-ticket attached to a confirmation or approval letter, drawn by the outbox when the letter leaves rather
/// than in the request that registered the person: a registration post stays cheap at the morning rush, and the
/// ticket carries the badge code that is valid when it is sent.
/// </summary>
public sealed class ETicketMailAttachments(IDbContextFactory<EventDbContext> dbFactory, PdfFontProvider fonts,
    IStringLocalizer<SharedResource> text, TimeProvider time) : IMailAttachmentSource
{
    public const string SourceKind = "eticket";

    public string Kind => SourceKind;

    /// <summary>The attachment a letter to <paramref name="registration"/> carries.</summary>
    public static MailAttachment For(Registration registration, Edition edition) =>
        MailAttachment.RenderedAtSending(SourceKind, registration.Id.ToString(CultureInfo.InvariantCulture),
            ETickets.FileName(edition), ETickets.ContentType);

    public async Task<byte[]?> RenderAsync(string key, CultureInfo culture, CancellationToken cancellationToken)
    {
        if (!int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return null;
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var found = await (
            from r in db.Registrations.AsNoTracking()
            join c in db.RegistrationCategories on r.CategoryId equals c.Id
            join e in db.Editions on r.EditionId equals e.Id
            where r.Id == id
            select new { Registration = r, Category = c, Edition = e }).SingleOrDefaultAsync(cancellationToken);
        // Cancelled or rejected before the letter left: there is no ticket to send.
        if (found is null || found.Registration.Status != RegistrationStatus.Confirmed)
        {
            return null;
        }
        return new ETickets(fonts, text, time).Render(found.Registration, found.Category, found.Edition, culture);
    }
}
