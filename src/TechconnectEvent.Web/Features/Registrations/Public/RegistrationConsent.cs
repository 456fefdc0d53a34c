namespace TechconnectEvent.Web.Features.Registrations.Public;

/// <summary>The consent text the form shows (resource <c>Register.ConsentText</c>); a new text gets a new version.</summary>
public static class RegistrationConsent
{
    public const string Version = "2026-12-reg";
}
