using System.Globalization;
using Microsoft.Extensions.Localization;
using TechconnectEvent.Web.Infrastructure.Mail;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.UnitTests.Mail;

public sealed class MailTemplatesTests
{
    /// <summary>Resources in two languages, chosen by the current UI culture as the product's localizer does.</summary>
    private sealed class TwoLanguageText : IStringLocalizer<SharedResource>
    {
        private static readonly Dictionary<string, Dictionary<string, string>> Texts = new()
        {
            ["vi"] = new()
            {
                ["App.Name"] = "TechconnectEvent",
                ["Mail.Footer"] = "Thư này được gửi tự động từ {Product}.",
                ["Mail.Welcome.Subject"] = "Chào mừng {Name} đến với {Fair}",
                ["Mail.Welcome.Body"] = "Kính gửi {Name},\n\nĐơn của {Organization} đã được nhận & đang xét.\n\n{Link}\n\nXem thêm tại {Link} nhé.",
            },
            ["en"] = new()
            {
                ["App.Name"] = "TechconnectEvent",
                ["Mail.Footer"] = "Sent automatically by {Product}.",
                ["Mail.Welcome.Subject"] = "Welcome {Name} to {Fair}",
                ["Mail.Welcome.Body"] = "Dear {Name},\n\nWe received the application of {Organization}.\n\n{Link}",
            },
        };

        public LocalizedString this[string name]
        {
            get
            {
                var texts = Texts[CultureInfo.CurrentUICulture.TwoLetterISOLanguageName];
                return texts.TryGetValue(name, out var value) ? new(name, value) : new(name, name, resourceNotFound: true);
            }
        }

        public LocalizedString this[string name, params object[] arguments] => this[name];

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }

    private static readonly Dictionary<string, string> Values = new()
    {
        ["Name"] = "Nguyễn Thị Lan",
        ["Fair"] = "Techconnect 2023",
        ["Organization"] = "Viện <Hàn lâm> \"KH&CN\"",
        ["Link"] = "https://techconnect.vn/account/set-password?token=a&b=1",
    };

    private readonly MailTemplates templates = new(new TwoLanguageText());

    [Fact]
    public void Render_Vietnamese_FillsSubjectAndTextInVietnamese()
    {
        var mail = templates.Render("Welcome", "vi-VN", Values);

        Assert.Equal("Chào mừng Nguyễn Thị Lan đến với Techconnect 2023", mail.Subject);
        Assert.StartsWith("Kính gửi Nguyễn Thị Lan,\n\nĐơn của Viện <Hàn lâm> \"KH&CN\" đã được nhận & đang xét.", mail.Text, StringComparison.Ordinal);
        Assert.EndsWith("--\nThư này được gửi tự động từ TechconnectEvent.", mail.Text, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"vi\">", mail.Html, StringComparison.Ordinal);
        Assert.Contains("Kính gửi Nguyễn Thị Lan", mail.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_English_UsesTheEnglishResources()
    {
        var mail = templates.Render("Welcome", "en-US", Values);

        Assert.Equal("Welcome Nguyễn Thị Lan to Techconnect 2023", mail.Subject);
        Assert.Contains("<html lang=\"en\">", mail.Html, StringComparison.Ordinal);
        Assert.Contains("Sent automatically by TechconnectEvent.", mail.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Kính gửi", mail.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ValuesAndTemplateText_AreHtmlEncodedInTheHtmlPartOnly()
    {
        var mail = templates.Render("Welcome", "vi-VN", Values);

        Assert.Contains("Viện &lt;Hàn lâm&gt; &quot;KH&amp;CN&quot;", mail.Html, StringComparison.Ordinal);
        Assert.Contains("đã được nhận &amp; đang xét", mail.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<Hàn lâm>", mail.Html, StringComparison.Ordinal);
        Assert.Contains("Viện <Hàn lâm> \"KH&CN\"", mail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_LinkOnItsOwnLine_IsAButtonWithTheAddressWrittenOut()
    {
        var mail = templates.Render("Welcome", "vi-VN", Values);
        const string encoded = "https://techconnect.vn/account/set-password?token=a&amp;b=1";

        // The button, the address beneath it, and the link inside the last paragraph.
        Assert.Equal(2, Count(mail.Html, $"href=\"{encoded}\""));
        Assert.Contains("display:inline-block", mail.Html, StringComparison.Ordinal);
        Assert.Contains($"word-break:break-all\">{encoded}</p>", mail.Html, StringComparison.Ordinal);
        Assert.Contains("\n\nhttps://techconnect.vn/account/set-password?token=a&b=1\n\n", mail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ForAPhone_DeclaresTheViewportAndANarrowColumn()
    {
        var mail = templates.Render("Welcome", "en-US", Values);

        Assert.Contains("name=\"viewport\"", mail.Html, StringComparison.Ordinal);
        Assert.Contains("max-width:600px", mail.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_MissingValue_SaysWhichOne()
    {
        var values = new Dictionary<string, string>(Values);
        values.Remove("Organization");

        var error = Assert.Throws<InvalidOperationException>(() => templates.Render("Welcome", "vi-VN", values));
        Assert.Contains("Organization", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UnknownTemplate_SaysWhichResourceIsMissing()
    {
        var error = Assert.Throws<InvalidOperationException>(() => templates.Render("Nope", "vi-VN", Values));
        Assert.Contains("Mail.Nope.Subject", error.Message, StringComparison.Ordinal);
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}
