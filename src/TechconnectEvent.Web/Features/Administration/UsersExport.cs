using TechconnectEvent.Web.Infrastructure.Export;

namespace TechconnectEvent.Web.Features.Administration;

/// <summary>The users page as a file, through the same listing the page shows. Password hashes and security stamps stay out.</summary>
public sealed class UsersExport : ListExport<UserSummary>
{
    public override string Route => "/admin/users";
    public override string Policy => Policies.Organisers;
    public override string Name => "users";

    public override IReadOnlyList<ExportColumn<UserSummary>> Columns { get; } =
    [
        new("Export.Col.Email", u => u.Email),
        new("Export.Col.Name", u => u.DisplayName),
        new("Export.Col.Roles", u => string.Join("; ", u.Roles)),
        new("Export.Col.Organization", u => u.OrganizationName),
        new("Export.Col.LockedUntil", u => u.LockedOutUntil),
    ];

    public override async Task<IReadOnlyList<UserSummary>?> RowsAsync(ExportRequest request, CancellationToken cancellationToken) =>
        await request.Services.GetRequiredService<UserAdministrationService>().ListAsync(cancellationToken);
}
