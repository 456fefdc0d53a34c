using System.Text;
using MailKit.Security;
using Microsoft.Extensions.Logging.Abstractions;
using MimeKit;
using TechconnectEvent.Web.Infrastructure.Mail;

namespace TechconnectEvent.UnitTests.Mail;

public sealed class SmtpMailTransportTests : IAsyncDisposable
{
    private readonly LoopbackSmtpServer server = new();
    private readonly TestDatabase database = TestDatabase.Create();
    private readonly TestClock clock = new();

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        database.Dispose();
    }

    private MailOptions Options => OutboxTestSupport.Options(password: "mật-khẩu-bí-mật") with
    {
        SmtpHost = "127.0.0.1",
        SmtpPort = server.Port,
        SmtpUser = "btc@techconnect.vn",
        SmtpSecurity = SecureSocketOptions.None,
        From = MailboxAddress.Parse("Ban tổ chức <btc@techconnect.vn>"),
    };

    private OutboxSender Sender() =>
        new(database.Factory, new SmtpMailTransport(Options), Options, clock, NullLogger<OutboxSender>.Instance);

    [Fact]
    public async Task Send_ThroughTheServer_AuthenticatesAndDeliversTheVietnameseMessage()
    {
        var message = database.Add(OutboxTestSupport.Message(clock.GetUtcNow(), subject: "Thư mời – Đổi mới sáng tạo Việt Nam"));

        Assert.Equal(1, await Sender().RunOnceAsync(TestContext.Current.CancellationToken));

        var auth = Assert.Single(server.AuthLines);
        var credentials = Encoding.UTF8.GetString(Convert.FromBase64String(auth.Split(' ')[^1]));
        Assert.Equal("\0btc@techconnect.vn\0mật-khẩu-bí-mật", credentials);
        using var raw = new MemoryStream(Encoding.Latin1.GetBytes(Assert.Single(server.Messages)));
        var delivered = await MimeMessage.LoadAsync(raw, TestContext.Current.CancellationToken);
        Assert.Equal("Thư mời – Đổi mới sáng tạo Việt Nam", delivered.Subject);
        Assert.Equal("lan.nguyen@vast.vn", delivered.To.Mailboxes.Single().Address);
        Assert.Equal("Xin chào Nguyễn Thị Lan", delivered.TextBody?.Trim());
        Assert.Equal(OutboxStatus.Sent, database.Reload(message.Id).Status);
    }

    [Fact]
    public async Task Send_ServerRefusesRecipient_KeepsMessageForARetryWithTheServersAnswer()
    {
        server.RecipientReply = "550 5.1.1 No such user";
        var message = database.Add(OutboxTestSupport.Message(clock.GetUtcNow()));

        await Sender().RunOnceAsync(TestContext.Current.CancellationToken);

        var stored = database.Reload(message.Id);
        Assert.Equal(OutboxStatus.Pending, stored.Status);
        Assert.Equal(1, stored.Attempts);
        Assert.Contains("No such user", stored.LastError, StringComparison.Ordinal);
        Assert.Empty(server.Messages);
    }

    [Fact]
    public async Task Send_NothingListening_IsAFailedTryNotACrash()
    {
        var port = server.Port;
        await server.DisposeAsync();
        var message = database.Add(OutboxTestSupport.Message(clock.GetUtcNow()));
        var options = Options with { SmtpPort = port };

        await new OutboxSender(database.Factory, new SmtpMailTransport(options), options, clock, NullLogger<OutboxSender>.Instance)
            .RunOnceAsync(TestContext.Current.CancellationToken);

        var stored = database.Reload(message.Id);
        Assert.Equal((OutboxStatus.Pending, 1), (stored.Status, stored.Attempts));
        Assert.False(string.IsNullOrEmpty(stored.LastError));
    }
}
