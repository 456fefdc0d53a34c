using System.Diagnostics;
using MimeKit;

namespace TechconnectEvent.EndToEndTests.Support;

/// <summary>Reads the mail the outbox worker of the app under test writes to its pickup folder.</summary>
public static class PickupFolder
{
    /// <summary>
    /// The first message to <paramref name="address"/>, waiting up to 30 seconds (measured with a stopwatch, not the
    /// clock) for the worker to write it.
    /// </summary>
    public static async Task<MimeMessage> WaitForMessageToAsync(string folder, string address)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml") : [])
            {
                var message = await MimeMessage.LoadAsync(file, cancellationToken);
                if (message.To.Mailboxes.Any(m => m.Address == address))
                {
                    return message;
                }
            }
            await Task.Delay(200, cancellationToken);
        }
        throw new TimeoutException($"No message to {address} in {folder} after 30 s.");
    }
}
