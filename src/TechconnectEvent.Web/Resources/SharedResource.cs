namespace TechconnectEvent.Web.Resources;

/// <summary>Marker for the product's shared strings: SharedResource.resx (English) and SharedResource.vi.resx.</summary>
public sealed class SharedResource;
