namespace TechconnectEvent.Web.Infrastructure.Text;

/// <summary>
/// An entity that stores folded copies of its names so that searches run in the database. The keys are
/// recomputed on every save by <see cref="SearchKeyInterceptor"/>, so no service can forget them.
/// </summary>
public interface IHasSearchKeys
{
    void RefreshSearchKeys();
}
