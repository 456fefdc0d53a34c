namespace TechconnectEvent.Web.Features.Registrations;

/// <summary>Column lengths, shared by the model, the validators and the import.</summary>
public static class RegistrationLimits
{
    public const int FullName = 150;
    public const int Organization = 200;
    public const int Position = 100;
    public const int Email = 256;
    public const int Phone = 30;
    public const int Reason = 500;
}
