using Microsoft.AspNetCore.Identity;

namespace TechconnectEvent.Web.Features.Administration;

public sealed class ApplicationUser : IdentityUser
{
    public string? DisplayName { get; set; }
    /// <summary>For Exhibitor users: the one organisation whose application and technologies they may edit.</summary>
    public int? OrganizationId { get; set; }
}
