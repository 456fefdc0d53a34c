namespace TechconnectEvent.Web.Features.Booths;

/// <summary>Optional price of a booth size in one edition, in Vietnamese đồng.</summary>
public sealed class BoothPrice
{
    public int Id { get; set; }
    public int EditionId { get; set; }
    public BoothSize Size { get; set; }
    public long PriceVnd { get; set; }
}
