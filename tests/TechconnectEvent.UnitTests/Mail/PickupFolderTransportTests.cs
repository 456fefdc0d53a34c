using System.Text;
using MimeKit;
using TechconnectEvent.Web.Infrastructure.Mail;

namespace TechconnectEvent.UnitTests.Mail;

public sealed class PickupFolderTransportTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "tc-mail", Guid.NewGuid().ToString("N"));
    private readonly TestClock clock = new();

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static OutboxMessage Invitation(DateTimeOffset created)
    {
        var message = OutboxTestSupport.Message(created, subject: "Mời đăng ký gian hàng – Kết nối công nghệ và Đổi mới sáng tạo Việt Nam 2023");
        message.Id = 42;
        message.HtmlBody = "<p>Kính gửi <strong>Nguyễn Thị Lan</strong></p>";
        message.TextBody = "Kính gửi Nguyễn Thị Lan";
        message.Attachments.Add(new OutboxAttachment { FileName = "vé-điện-tử.pdf", ContentType = "application/pdf", Content = Encoding.ASCII.GetBytes("%PDF-1.7 test") });
        return message;
    }

    [Fact]
    public async Task Send_WritesAnEmlThatReadsBackWithVietnameseSubjectBothPartsAndAttachment()
    {
        var from = MailboxAddress.Parse("Ban tổ chức <btc@techconnect.vn>");
        var transport = new PickupFolderTransport(OutboxTestSupport.Options(folder), clock);

        await transport.SendAsync(OutboxMimeMessage.Build(Invitation(clock.GetUtcNow()), from), TestContext.Current.CancellationToken);

        var file = Assert.Single(Directory.GetFiles(folder));
        Assert.EndsWith(".eml", file, StringComparison.Ordinal);
        var read = await MimeMessage.LoadAsync(file, TestContext.Current.CancellationToken);
        Assert.Equal("Mời đăng ký gian hàng – Kết nối công nghệ và Đổi mới sáng tạo Việt Nam 2023", read.Subject);
        Assert.Equal("btc@techconnect.vn", read.From.Mailboxes.Single().Address);
        var to = read.To.Mailboxes.Single();
        Assert.Equal(("Nguyễn Thị Lan", "lan.nguyen@vast.vn"), (to.Name, to.Address));
        Assert.Equal("Kính gửi Nguyễn Thị Lan", read.TextBody?.Trim());
        Assert.Contains("<strong>Nguyễn Thị Lan</strong>", read.HtmlBody, StringComparison.Ordinal);
        var attachment = Assert.IsType<MimePart>(Assert.Single(read.Attachments));
        Assert.Equal("vé-điện-tử.pdf", attachment.FileName);
        using var content = new MemoryStream();
        await attachment.Content!.DecodeToAsync(content, TestContext.Current.CancellationToken);
        Assert.Equal("%PDF-1.7 test", Encoding.ASCII.GetString(content.ToArray()));
    }

    [Fact]
    public async Task Send_TwoMessagesAtTheSameInstant_GetTwoFilesInTheOrderWritten()
    {
        var transport = new PickupFolderTransport(OutboxTestSupport.Options(folder), clock);
        var from = MailboxAddress.Parse(MailOptions.DefaultFrom);

        await transport.SendAsync(OutboxMimeMessage.Build(Invitation(clock.GetUtcNow()), from), TestContext.Current.CancellationToken);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        await transport.SendAsync(OutboxMimeMessage.Build(Invitation(clock.GetUtcNow()), from), TestContext.Current.CancellationToken);
        await transport.SendAsync(OutboxMimeMessage.Build(Invitation(clock.GetUtcNow()), from), TestContext.Current.CancellationToken);

        var names = Directory.GetFiles(folder).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(3, names.Count);
        Assert.All(names, n => Assert.EndsWith(".eml", n, StringComparison.Ordinal));
        var earlier = Stamp(clock.GetUtcNow().AddMilliseconds(-1));
        var later = Stamp(clock.GetUtcNow());
        Assert.StartsWith(earlier, names[0], StringComparison.Ordinal);
        Assert.All(names.Skip(1), n => Assert.StartsWith(later, n, StringComparison.Ordinal));
    }

    private static string Stamp(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
}
