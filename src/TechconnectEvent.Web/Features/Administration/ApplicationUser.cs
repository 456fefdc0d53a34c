using Microsoft.AspNetCore.Identity;

namespace TechconnectEvent.Web.Features.Administration;

public sealed class ApplicationUser : IdentityUser
{
    public string? DisplayName { get; set; }
    /// <summary>For Exhibitor users: the one organisation whose application and technologies they may edit.</summary>
    public int? OrganizationId { get; set; }
    /// <summary>The edition an organiser or staff member is working on (chosen in the app bar); null: the current one.</summary>
    public int? WorkingEditionId { get; set; }
    /// <summary>The language the person reads, "vi-VN" or "en-US": e-mails are written in it.</summary>
    public string? PreferredCulture { get; set; }
}
