namespace TechconnectEvent.Web.Infrastructure.Mail;

/// <summary>
/// Raised when a message was saved to the outbox, so the worker sends it now rather than at its next poll.
/// </summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim pending = new(0, 1);

    public void Raise()
    {
        try
        {
            pending.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already raised and not yet seen: one wake-up covers every message saved meanwhile.
        }
    }

    /// <summary>Waits for a signal or the timeout, whichever comes first; true when it was the signal.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => pending.WaitAsync(timeout, cancellationToken);
}

/// <summary>
/// Sends the outbox in the background of the web app: a pass every <see cref="MailOptions.PollInterval"/>, and
/// one soon after a message is saved. Off when <c>Mail:Worker:Enabled</c> is false (tests drive
/// <see cref="OutboxSender.RunOnceAsync"/> themselves).
/// </summary>
public sealed class OutboxWorker(OutboxSender sender, OutboxSignal signal, MailOptions options, ILogger<OutboxWorker> logger) : BackgroundService
{
    /// <summary>
    /// A message is saved before its transaction commits; waiting this long after the signal lets the commit land
    /// before the pass looks (a pass that still misses it is followed by the next poll).
    /// </summary>
    private static readonly TimeSpan CommitGrace = TimeSpan.FromMilliseconds(200);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.WorkerEnabled)
        {
            return;
        }
        logger.LogInformation(options.UsesSmtp
            ? "Outbox: sending mail through {Server}."
            : "Outbox: no Smtp:Host set; mail is written as .eml files to {Server}.",
            options.UsesSmtp ? $"{options.SmtpHost}:{options.SmtpPort}" : options.PickupFolder);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // A full batch may mean more is waiting: go on without sleeping.
                if (await sender.RunOnceAsync(stoppingToken) >= options.BatchSize)
                {
                    continue;
                }
                if (await signal.WaitAsync(options.PollInterval, stoppingToken))
                {
                    await Task.Delay(CommitGrace, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The worker outlives any failure: the app keeps running and the next poll tries again.
                logger.LogError(exception, "Outbox pass failed.");
                await Task.Delay(options.PollInterval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}
