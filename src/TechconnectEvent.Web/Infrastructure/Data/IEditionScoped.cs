namespace TechconnectEvent.Web.Infrastructure.Data;

/// <summary>
/// A record that belongs to one edition. While that edition is archived, <see cref="ArchivedEditionGuard"/> refuses
/// to add, change or delete it. A null edition means a record shared by every year (e.g. a technology not tied to one).
/// </summary>
public interface IEditionScoped
{
    int? ScopedEditionId { get; }
}
