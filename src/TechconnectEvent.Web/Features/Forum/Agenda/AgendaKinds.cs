namespace TechconnectEvent.Web.Features.Forum.Agenda;

public static class AgendaKinds
{
    /// <summary>The resource key of a session kind's name.</summary>
    public static string Key(SessionKind kind) => $"Agenda.Kind.{kind}";
}
