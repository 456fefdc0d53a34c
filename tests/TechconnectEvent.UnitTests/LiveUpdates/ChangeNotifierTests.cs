using Microsoft.Extensions.Logging;
using TechconnectEvent.Web.Infrastructure.LiveUpdates;

namespace TechconnectEvent.UnitTests.LiveUpdates;

public sealed class ChangeNotifierTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private sealed record Change(int Number);

    [Fact]
    public async Task ASubscriberThatThrows_NeitherReachesThePublisher_NorStopsTheOthers_AndIsLogged()
    {
        var logger = new RecordingLogger();
        var notifier = new ChangeNotifier<Change>(logger);
        var before = new TaskCompletionSource<Change>(TaskCreationOptions.RunContinuationsAsynchronously);
        var after = new TaskCompletionSource<Change>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var first = notifier.Subscribe(change => { before.TrySetResult(change); return Task.CompletedTask; });
        using var failing = notifier.Subscribe(_ => throw new InvalidOperationException("a page broke"));
        using var asyncFailing = notifier.Subscribe(async _ => { await Task.Yield(); throw new InvalidOperationException("a page broke later"); });
        using var last = notifier.Subscribe(change => { after.TrySetResult(change); return Task.CompletedTask; });

        var publish = Record.Exception(() => notifier.Publish(new Change(1)));

        Assert.Null(publish);
        Assert.Equal(new Change(1), await before.Task.WaitAsync(Patience, TestContext.Current.CancellationToken));
        Assert.Equal(new Change(1), await after.Task.WaitAsync(Patience, TestContext.Current.CancellationToken));
        Assert.True(await logger.Failures.WaitAsync(Patience, TestContext.Current.CancellationToken));
        Assert.True(await logger.Failures.WaitAsync(Patience, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ASlowSubscriber_DoesNotDelayPublish_NorTheOtherSubscribers()
    {
        var notifier = new ChangeNotifier<Change>();
        using var release = new ManualResetEventSlim(false);
        var fast = new TaskCompletionSource<Change>(TaskCreationOptions.RunContinuationsAsynchronously);
        // Blocks its thread without yielding, the worst a subscriber can do.
        using var slow = notifier.Subscribe(_ => { release.Wait(Patience); return Task.CompletedTask; });
        using var quick = notifier.Subscribe(change => { fast.TrySetResult(change); return Task.CompletedTask; });

        var published = Task.Run(() => notifier.Publish(new Change(7)), TestContext.Current.CancellationToken);

        await published.WaitAsync(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken);
        Assert.Equal(new Change(7), await fast.Task.WaitAsync(Patience, TestContext.Current.CancellationToken));
        release.Set();
    }

    [Fact]
    public async Task EachSubscriber_ReceivesChangesInTheOrderTheyWerePublished_UntilItUnsubscribes()
    {
        var notifier = new ChangeNotifier<Change>();
        var received = new List<int>();
        var tenth = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var subscription = notifier.Subscribe(async change =>
        {
            await Task.Delay(change.Number % 3, TestContext.Current.CancellationToken);
            received.Add(change.Number);
            if (change.Number == 10)
            {
                tenth.TrySetResult();
            }
        });

        for (var number = 1; number <= 10; number++)
        {
            notifier.Publish(new Change(number));
        }
        await tenth.Task.WaitAsync(Patience, TestContext.Current.CancellationToken);
        subscription.Dispose();
        notifier.Publish(new Change(11));

        Assert.Equal(Enumerable.Range(1, 10), received);
        Assert.Equal(0, notifier.SubscriberCount);
    }

    private sealed class RecordingLogger : ILogger<ChangeNotifier<Change>>
    {
        /// <summary>Released once per subscriber failure logged as an error.</summary>
        public SemaphoreSlim Failures { get; } = new(0);

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Error && exception is InvalidOperationException)
            {
                Failures.Release();
            }
        }
    }
}
