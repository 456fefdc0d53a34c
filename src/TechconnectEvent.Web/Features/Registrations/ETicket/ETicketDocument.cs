using SkiaSharp;
using TechconnectEvent.Web.Infrastructure.Pdf;

namespace TechconnectEvent.Web.Features.Registrations.ETicket;

/// <summary>
/// The e-ticket: one A4 page a person prints or shows on a phone — the category's colour band, the name, the QR
/// that carries only the badge code (with the code written under it for a desk to type) and how to get there.
/// </summary>
public static class ETicketDocument
{
    private const float QrSize = 190;
    private const float BandHeight = 34;
    private static readonly SKColor Muted = new(0x54, 0x6E, 0x7A);
    /// <summary>Shown when a category's stored colour cannot be parsed, rather than failing the ticket.</summary>
    private static readonly SKColor FallbackColour = new(0x15, 0x65, 0xC0);

    public static byte[] Render(ETicketModel model, PdfFontProvider fonts)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(fonts);
        var colour = SKColor.TryParse(model.CategoryColour, out var parsed) ? parsed : FallbackColour;
        var composer = new PdfComposer(fonts, PdfPageSetup.A4Portrait, new PdfDocumentInfo(model.Title, model.IssuedAt) { Subject = model.EditionName })
            .Footer(null, model.Footer)
            .Paragraph(model.Title, PdfTextStyle.Body with { Color = Muted })
            .Heading(model.EditionName, 2)
            .Drawing(BandHeight, (canvas, box) => DrawBand(canvas, box, colour, model.CategoryName, fonts))
            .Spacer(12);
        if (model.Honorific is { } honorific)
        {
            composer.Paragraph(honorific, PdfTextStyle.Heading3 with { Bold = false });
        }
        composer.Heading(model.FullName, 1);
        if (model.PositionAndOrganization is { } organization)
        {
            composer.Paragraph(organization, PdfTextStyle.Heading3 with { Bold = false, Color = Muted });
        }
        composer.Spacer(8)
            .QrCode(model.BadgeCode, QrSize, PdfAlignment.Centre)
            .Paragraph(model.BadgeCode, PdfTextStyle.Heading3, PdfAlignment.Centre)
            .Spacer(10)
            .Rule();
        foreach (var (label, value) in model.Details)
        {
            composer.Paragraph(label, PdfTextStyle.Small.WithBold());
            composer.Paragraph(value);
        }
        return composer.Render();
    }

    /// <summary>
    /// The category's colour across the page with its name on it, as on the badge. Skia draws the label directly:
    /// category names are short, in Latin or Vietnamese letters that the shipped font covers without shaping.
    /// </summary>
    private static void DrawBand(SKCanvas canvas, SKRect box, SKColor colour, string label, PdfFontProvider fonts)
    {
        using var fill = new SKPaint { Color = colour, Style = SKPaintStyle.Fill };
        canvas.DrawRect(box, fill);
        using var font = new SKFont(fonts.Bold, 15);
        var ink = colour.Red * 0.299 + colour.Green * 0.587 + colour.Blue * 0.114 > 160 ? SKColors.Black : SKColors.White;
        using var text = new SKPaint { Color = ink, IsAntialias = true };
        var baseline = box.MidY + font.Size * 0.35f;
        canvas.DrawText(label.Normalize(System.Text.NormalizationForm.FormC), box.Left + 12, baseline, SKTextAlign.Left, font, text);
    }
}
