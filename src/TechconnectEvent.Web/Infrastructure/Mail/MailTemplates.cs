using System.Globalization;
using System.Net;
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
/// blank line; a value that is an absolute http(s) address becomes a link in the HTML part.
/// </summary>
public sealed partial class MailTemplates(IStringLocalizer<SharedResource> text)
{
    public RenderedMail Render(string template, string culture, IReadOnlyDictionary<string, string> values)
    {
        var previous = CultureInfo.CurrentUICulture;
        var previousFormat = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            var subjectTemplate = Require($"Mail.{template}.Subject");
            var bodyTemplate = Require($"Mail.{template}.Body");
            var subject = Fill(subjectTemplate, values, html: false).Replace('\n', ' ').Trim();
            var paragraphs = bodyTemplate.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var plain = string.Join("\n\n", paragraphs.Select(p => Fill(p, values, html: false)));
            var html = new StringBuilder();
            html.Append("<!DOCTYPE html><html lang=\"").Append(culture[..2]).Append("\"><head><meta charset=\"utf-8\"><title>")
                .Append(WebUtility.HtmlEncode(subject)).Append("</title></head><body style=\"font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a\">");
            foreach (var paragraph in paragraphs)
            {
                html.Append("<p>").Append(Fill(paragraph, values, html: true).Replace("\n", "<br>")).Append("</p>");
            }
            html.Append("</body></html>");
            return new RenderedMail(subject, html.ToString(), plain);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
            CultureInfo.CurrentCulture = previousFormat;
        }
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

    private static string Fill(string template, IReadOnlyDictionary<string, string> values, bool html) =>
        Placeholder().Replace(template, match =>
        {
            var name = match.Groups[1].Value;
            if (!values.TryGetValue(name, out var value))
            {
                throw new InvalidOperationException($"The mail template needs a value for '{name}'.");
            }
            if (!html)
            {
                return value;
            }
            var encoded = WebUtility.HtmlEncode(value);
            return IsLink(value) ? $"<a href=\"{encoded}\">{encoded}</a>" : encoded;
        });

    private static bool IsLink(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex Placeholder();
}
