using Microsoft.AspNetCore.Identity;

namespace TechconnectEvent.Web.Features.Administration;

public sealed class ApplicationUser : IdentityUser
{
    public string? DisplayName { get; set; }
}
