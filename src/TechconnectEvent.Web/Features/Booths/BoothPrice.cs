using TechconnectEvent.Web.Infrastructure.Data;

namespace TechconnectEvent.Web.Features.Booths;

/// <summary>Optional price of a booth size in one edition, in Vietnamese đồng.</summary>
public sealed class BoothPrice : IEditionScoped
{
    int? IEditionScoped.ScopedEditionId => EditionId;

    public int Id { get; set; }
    public int EditionId { get; set; }
    public BoothSize Size { get; set; }
    public long PriceVnd { get; set; }
}
