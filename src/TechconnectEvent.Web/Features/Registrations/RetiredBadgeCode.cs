namespace TechconnectEvent.Web.Features.Registrations;

/// <summary>A badge code replaced by a reissue: scanning it is refused with the reason rather than as unknown.</summary>
public sealed class RetiredBadgeCode
{
    public string Code { get; set; } = "";
    public int RegistrationId { get; set; }
    public DateTimeOffset RetiredAt { get; set; }
}
