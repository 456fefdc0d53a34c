using Microsoft.Extensions.Logging.Abstractions;
using TechconnectEvent.Web.Infrastructure.Mail;

namespace TechconnectEvent.UnitTests.Mail;

public sealed class OutboxSenderTests : IDisposable
{
    private readonly TestDatabase database = TestDatabase.Create();
    private readonly TestClock clock = new();
    private readonly RecordingTransport transport = new();

    public void Dispose() => database.Dispose();

    private OutboxSender Sender(IMailTransport? other = null, MailOptions? options = null) =>
        new(database.Factory, other ?? transport, options ?? OutboxTestSupport.Options(password: "s3cret-pass"), clock, NullLogger<OutboxSender>.Instance);

    [Fact]
    public async Task RunOnce_DueMessages_AreSentOldestFirstAndMarkedSent()
    {
        var now = clock.GetUtcNow();
        var newer = database.Add(OutboxTestSupport.Message(now.AddMinutes(-1), subject: "Thứ hai"));
        var older = database.Add(OutboxTestSupport.Message(now.AddMinutes(-5), subject: "Thứ nhất"));

        var handled = await Sender().RunOnceAsync(TestContext.Current.CancellationToken);

        Assert.Equal(2, handled);
        Assert.Equal(["Thứ nhất", "Thứ hai"], transport.Sent.Select(m => m.Subject));
        foreach (var id in new[] { older.Id, newer.Id })
        {
            var stored = database.Reload(id);
            Assert.Equal(OutboxStatus.Sent, stored.Status);
            Assert.Equal(now, stored.SentAt);
            Assert.Equal(0, stored.Attempts);
        }
    }

    [Fact]
    public async Task RunOnce_MessageNotYetDue_IsLeftAlone()
    {
        var now = clock.GetUtcNow();
        var later = database.Add(OutboxTestSupport.Message(now.AddMinutes(-5), due: now.AddMinutes(3)));

        Assert.Equal(0, await Sender().RunOnceAsync(TestContext.Current.CancellationToken));

        Assert.Empty(transport.Sent);
        Assert.Equal(OutboxStatus.Pending, database.Reload(later.Id).Status);
    }

    [Fact]
    public async Task RunOnce_SentAndFailedMessages_AreNotSentAgain()
    {
        var now = clock.GetUtcNow();
        var sent = OutboxTestSupport.Message(now.AddHours(-1));
        sent.Status = OutboxStatus.Sent;
        var failed = OutboxTestSupport.Message(now.AddHours(-1));
        failed.Status = OutboxStatus.Failed;
        database.Add(sent);
        database.Add(failed);

        Assert.Equal(0, await Sender().RunOnceAsync(TestContext.Current.CancellationToken));
        Assert.Empty(transport.Sent);
    }

    [Fact]
    public async Task RunOnce_TransportFails_KeepsMessageAndRetriesAfterBackOff()
    {
        var now = clock.GetUtcNow();
        var message = database.Add(OutboxTestSupport.Message(now));
        transport.FailWhenSubjectContains["Techconnect"] = new IOException("Connection refused");
        var sender = Sender();

        await sender.RunOnceAsync(TestContext.Current.CancellationToken);
        var afterFirst = database.Reload(message.Id);
        Assert.Equal(OutboxStatus.Pending, afterFirst.Status);
        Assert.Equal(1, afterFirst.Attempts);
        Assert.Equal(now + TimeSpan.FromMinutes(1), afterFirst.NextAttemptAt);
        Assert.Contains("Connection refused", afterFirst.LastError);
        // The message itself is what it was: the change that wrote it is untouched.
        Assert.Equal(message.Subject, afterFirst.Subject);
        Assert.Equal(message.TextBody, afterFirst.TextBody);

        clock.Advance(TimeSpan.FromSeconds(59));
        await sender.RunOnceAsync(TestContext.Current.CancellationToken);
        Assert.Equal(1, database.Reload(message.Id).Attempts);

        clock.Advance(TimeSpan.FromSeconds(1));
        await sender.RunOnceAsync(TestContext.Current.CancellationToken);
        var afterSecond = database.Reload(message.Id);
        Assert.Equal(2, afterSecond.Attempts);
        Assert.Equal(clock.GetUtcNow() + TimeSpan.FromMinutes(5), afterSecond.NextAttemptAt);

        transport.FailWhenSubjectContains.Clear();
        clock.Advance(TimeSpan.FromMinutes(5));
        await sender.RunOnceAsync(TestContext.Current.CancellationToken);
        var delivered = database.Reload(message.Id);
        Assert.Equal(OutboxStatus.Sent, delivered.Status);
        Assert.Null(delivered.LastError);
        Assert.Single(transport.Sent);
    }

    [Fact]
    public async Task RunOnce_LastTryFails_MarksMessageFailed()
    {
        var now = clock.GetUtcNow();
        var message = database.Add(OutboxTestSupport.Message(now.AddDays(-1), due: now, attempts: OutboxMessage.MaxAttempts - 1));
        transport.FailWhenSubjectContains["Techconnect"] = new InvalidOperationException("550 Mailbox unavailable");

        await Sender().RunOnceAsync(TestContext.Current.CancellationToken);

        var stored = database.Reload(message.Id);
        Assert.Equal(OutboxStatus.Failed, stored.Status);
        Assert.Equal(OutboxMessage.MaxAttempts, stored.Attempts);
        Assert.Contains("550 Mailbox unavailable", stored.LastError);
        Assert.Null(stored.SentAt);

        clock.Advance(TimeSpan.FromDays(2));
        transport.FailWhenSubjectContains.Clear();
        await Sender().RunOnceAsync(TestContext.Current.CancellationToken);
        Assert.Empty(transport.Sent);
    }

    [Fact]
    public async Task RunOnce_OneMessageFails_TheOthersStillGo()
    {
        var now = clock.GetUtcNow();
        database.Add(OutboxTestSupport.Message(now.AddMinutes(-2), subject: "Hỏng"));
        var good = database.Add(OutboxTestSupport.Message(now.AddMinutes(-1), subject: "Tốt"));
        transport.FailWhenSubjectContains["Hỏng"] = new TimeoutException("The server did not answer.");

        var handled = await Sender().RunOnceAsync(TestContext.Current.CancellationToken);

        Assert.Equal(2, handled);
        Assert.Equal("Tốt", Assert.Single(transport.Sent).Subject);
        Assert.Equal(OutboxStatus.Sent, database.Reload(good.Id).Status);
    }

    [Fact]
    public async Task RunOnce_ErrorMentionsThePassword_StoresItWithoutThePassword()
    {
        var message = database.Add(OutboxTestSupport.Message(clock.GetUtcNow()));
        transport.FailWhenSubjectContains["Techconnect"] = new InvalidOperationException("AUTH failed for user:s3cret-pass " + new string('x', 2000));

        await Sender().RunOnceAsync(TestContext.Current.CancellationToken);

        var error = database.Reload(message.Id).LastError!;
        Assert.DoesNotContain("s3cret-pass", error);
        Assert.Contains("***", error);
        Assert.True(error.Length <= 500, $"The stored error has {error.Length} characters.");
    }

    [Fact]
    public async Task RunOnce_AnotherInstanceRunsMeanwhile_EachMessageIsSentOnce()
    {
        database.Add(OutboxTestSupport.Message(clock.GetUtcNow()));
        var otherTransport = new RecordingTransport();
        var other = Sender(otherTransport);
        // The second instance looks while the first is in the middle of sending: the claim keeps it away.
        transport.WhileSending = () => other.RunOnceAsync(TestContext.Current.CancellationToken);

        await Sender().RunOnceAsync(TestContext.Current.CancellationToken);

        Assert.Single(transport.Sent);
        Assert.Empty(otherTransport.Sent);
    }

    [Fact]
    public async Task RunOnce_SenderStoppedMidSend_MessageIsDueAgainAfterTheClaimLapses()
    {
        var message = database.Add(OutboxTestSupport.Message(clock.GetUtcNow()));
        using var stop = new CancellationTokenSource();
        transport.WhileSending = () =>
        {
            stop.Cancel();
            stop.Token.ThrowIfCancellationRequested();
            return Task.CompletedTask;
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Sender().RunOnceAsync(stop.Token));
        transport.WhileSending = null;

        Assert.Equal(0, await Sender().RunOnceAsync(TestContext.Current.CancellationToken));
        clock.Advance(OutboxSender.ClaimLease);
        Assert.Equal(1, await Sender().RunOnceAsync(TestContext.Current.CancellationToken));
        Assert.Equal(OutboxStatus.Sent, database.Reload(message.Id).Status);
    }
}
