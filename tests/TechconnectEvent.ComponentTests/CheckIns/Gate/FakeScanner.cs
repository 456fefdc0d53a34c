using TechconnectEvent.Web.Features.CheckIns;

namespace TechconnectEvent.ComponentTests.CheckIns.Gate;

/// <summary>Stands in for the real scanner: remembers every request and answers with <see cref="Answer"/>.</summary>
internal sealed class FakeScanner : ICheckInScanner
{
    public List<ScanRequest> Requests { get; } = [];

    public ScanVerdict Answer { get; set; } = new(ScanStatus.CheckedIn, ScanReason.None);

    public Task<ScanVerdict> ScanAsync(ScanRequest request, CancellationToken cancellationToken = default)
    {
        Requests.Add(request);
        return Task.FromResult(Answer);
    }
}
