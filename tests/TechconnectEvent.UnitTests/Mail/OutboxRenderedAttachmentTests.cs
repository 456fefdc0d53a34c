using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using MimeKit;
using TechconnectEvent.Web.Infrastructure.Mail;

namespace TechconnectEvent.UnitTests.Mail;

/// <summary>Attachments drawn when the message leaves (an e-ticket), in the recipient's language.</summary>
public sealed class OutboxRenderedAttachmentTests : IDisposable
{
    private readonly TestDatabase database = TestDatabase.Create();
    private readonly TestClock clock = new();
    private readonly RecordingTransport transport = new();
    private readonly TicketSource tickets = new();

    public void Dispose() => database.Dispose();

    private OutboxSender Sender(params IMailAttachmentSource[] sources) =>
        new(database.Factory, transport, OutboxTestSupport.Options(), clock, NullLogger<OutboxSender>.Instance, sources);

    private OutboxMessage Queue(string source)
    {
        var message = OutboxTestSupport.Message(clock.GetUtcNow().AddMinutes(-1));
        message.Culture = "en-US";
        message.Attachments.Add(new OutboxAttachment { FileName = "ticket.pdf", ContentType = "application/pdf", Content = [], Source = source });
        return database.Add(message);
    }

    [Fact]
    public async Task ASourcedAttachment_IsRenderedAtSending_InTheRecipientsLanguage_AndNotStored()
    {
        var queued = Queue("ticket:42");

        Assert.Equal(1, await Sender(tickets).RunOnceAsync(TestContext.Current.CancellationToken));

        var part = Assert.IsType<MimePart>(Assert.Single(Assert.Single(transport.Sent).Attachments));
        using var content = new MemoryStream();
        await part.Content!.DecodeToAsync(content, TestContext.Current.CancellationToken);
        Assert.Equal("ticket 42 en-US", Encoding.UTF8.GetString(content.ToArray()));
        Assert.Equal(OutboxStatus.Sent, database.Reload(queued.Id).Status);
    }

    [Fact]
    public async Task ASourceWithNothingToSendAnyMore_SendsTheLetterWithoutIt()
    {
        Queue("ticket:gone");

        await Sender(tickets).RunOnceAsync(TestContext.Current.CancellationToken);

        Assert.Empty(Assert.Single(transport.Sent).Attachments);
    }

    [Fact]
    public async Task AnUnknownKind_FailsTheAttempt_AndTheMessageWaitsForTheNextTry()
    {
        var queued = Queue("schedule:7");

        await Sender(tickets).RunOnceAsync(TestContext.Current.CancellationToken);

        Assert.Empty(transport.Sent);
        var stored = database.Reload(queued.Id);
        Assert.Equal((OutboxStatus.Pending, 1), (stored.Status, stored.Attempts));
        Assert.Contains("schedule", stored.LastError);
    }

    private sealed class TicketSource : IMailAttachmentSource
    {
        public string Kind => "ticket";

        public Task<byte[]?> RenderAsync(string key, CultureInfo culture, CancellationToken cancellationToken) =>
            Task.FromResult(key == "gone" ? null : Encoding.UTF8.GetBytes($"ticket {key} {culture.Name}"));
    }
}
