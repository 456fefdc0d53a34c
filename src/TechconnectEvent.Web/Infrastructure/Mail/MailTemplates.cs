using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.Web.Infrastructure.Mail;

/// <summary>A rendered message: subject, HTML part and plain-text part.</summary>
public sealed record RenderedMail(string Subject, string Html, string Text);

/// <summary>
/// Renders a template in the recipient's language from the resources <c>Mail.{Template}.Subject</c> and
/// <c>Mail.{Template}.Body</c>. Placeholders are named (<c>{OrganizationName}</c>); paragraphs are separated by a
/// blank line; a value that is an absolute http(s) address becomes a link in the HTML part — a button, with the
/// address written out beneath it, when the link is a paragraph of its own. Every message ends with the footer
/// <c>Mail.Footer</c>.
/// </summary>
public sealed partial class MailTemplates(IStringLocalizer<SharedResource> text)
{
    private const string FooterKey = "Mail.Footer";
    private const string Accent = "#0d47a1";

    public RenderedMail Render(string template, string culture, IReadOnlyDictionary<string, string> values)
    {
        var previous = CultureInfo.CurrentUICulture;
        var previousFormat = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            var product = text["App.Name"].Value;
            var subject = Fill(Require($"Mail.{template}.Subject"), values, html: false).Replace('\n', ' ').Trim();
            var paragraphs = Require($"Mail.{template}.Body").Replace("\r\n", "\n")
                .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var footer = Require(FooterKey).Replace("{Product}", product, StringComparison.Ordinal);
            var plain = string.Join("\n\n", paragraphs.Select(p => Fill(p, values, html: false)).Append("--\n" + footer));
            return new RenderedMail(subject, Html(culture, product, subject, paragraphs, values, footer), plain);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
            CultureInfo.CurrentCulture = previousFormat;
        }
    }

    /// <summary>
    /// One centred column of at most 600 px in a table, with inline styles only: the layout mail programs (and
    /// phones) render alike.
    /// </summary>
    private static string Html(string culture, string product, string subject, IEnumerable<string> paragraphs,
        IReadOnlyDictionary<string, string> values, string footer)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"").Append(culture[..2]).Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
            .Append(Encode(subject)).Append("</title></head>")
            .Append("<body style=\"margin:0;padding:0;background:#f4f6f8;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a\">")
            .Append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#f4f6f8\"><tr><td align=\"center\" style=\"padding:16px 8px\">")
            .Append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"max-width:600px;background:#ffffff;border-radius:6px\">")
            .Append("<tr><td style=\"background:").Append(Accent).Append(";color:#ffffff;padding:16px 24px;font-size:20px;font-weight:bold;border-radius:6px 6px 0 0\">")
            .Append(Encode(product)).Append("</td></tr><tr><td style=\"padding:24px\">");
        foreach (var paragraph in paragraphs)
        {
            if (LinkAlone(paragraph, values) is { } link)
            {
                var encoded = Encode(link);
                html.Append("<p style=\"margin:24px 0 8px\"><a href=\"").Append(encoded)
                    .Append("\" style=\"display:inline-block;background:").Append(Accent)
                    .Append(";color:#ffffff;text-decoration:none;font-weight:bold;padding:12px 20px;border-radius:4px\">")
                    .Append(encoded).Append("</a></p>")
                    .Append("<p style=\"margin:0 0 16px;font-size:13px;color:#555555;word-break:break-all\">")
                    .Append(encoded).Append("</p>");
                continue;
            }
            html.Append("<p style=\"margin:0 0 16px\">").Append(Fill(paragraph, values, html: true).Replace("\n", "<br>")).Append("</p>");
        }
        html.Append("</td></tr><tr><td style=\"padding:16px 24px;border-top:1px solid #e0e0e0;font-size:13px;color:#555555\">")
            .Append(Encode(footer)).Append("</td></tr></table></td></tr></table></body></html>");
        return html.ToString();
    }

    private string Require(string key)
    {
        var value = text[key];
        if (value.ResourceNotFound)
        {
            throw new InvalidOperationException($"The mail template resource '{key}' does not exist.");
        }
        return value.Value;
    }

    /// <summary>The address, when the paragraph is nothing but one placeholder whose value is a link.</summary>
    private static string? LinkAlone(string paragraph, IReadOnlyDictionary<string, string> values)
    {
        var match = Placeholder().Match(paragraph);
        return match.Success && match.Length == paragraph.Length
               && values.TryGetValue(match.Groups[1].Value, out var value) && IsLink(value)
            ? value
            : null;
    }

    private static string Fill(string template, IReadOnlyDictionary<string, string> values, bool html)
    {
        var result = new StringBuilder();
        var at = 0;
        foreach (Match match in Placeholder().Matches(template))
        {
            result.Append(html ? Encode(template[at..match.Index]) : template[at..match.Index]);
            var name = match.Groups[1].Value;
            if (!values.TryGetValue(name, out var value))
            {
                throw new InvalidOperationException($"The mail template needs a value for '{name}'.");
            }
            result.Append(!html ? value
                : IsLink(value) ? $"<a href=\"{Encode(value)}\" style=\"color:{Accent}\">{Encode(value)}</a>"
                : Encode(value));
            at = match.Index + match.Length;
        }
        return result.Append(html ? Encode(template[at..]) : template[at..]).ToString();
    }

    /// <summary>
    /// Escapes only what HTML needs escaped: letters stay letters, so Vietnamese reads as itself in the source of
    /// the message too (WebUtility would turn "à" or "ô" into numeric entities).
    /// </summary>
    private static string Encode(string value) => value
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal)
        .Replace("'", "&#39;", StringComparison.Ordinal);

    private static bool IsLink(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex Placeholder();
}
