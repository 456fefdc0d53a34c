using TechconnectEvent.Web.Features.Exhibitors;

namespace TechconnectEvent.Web.Features.Connections.Mous;

/// <summary>An MoU as its editor binds it: the header, the parties, witnesses and numbered items, saved together.</summary>
public sealed class MouInput
{
    public string TitleVi { get; set; } = "";
    public string TitleEn { get; set; } = "";
    public TechnologyField Field { get; set; } = TechnologyField.Other;
    public string SummaryVi { get; set; } = "";
    public string SummaryEn { get; set; } = "";
    public int? CeremonySessionId { get; set; }
    public int? StageOrder { get; set; }
    /// <summary>The signing time as the edition's wall clock shows it (no offset); stored as a UTC instant.</summary>
    public DateTime? SignedAtLocal { get; set; }
    public long? ValueVnd { get; set; }
    public List<MouPartyInput> Parties { get; set; } = [];
    public List<MouWitnessInput> Witnesses { get; set; } = [];
    /// <summary>In order: item n is numbered n.</summary>
    public List<MouItemInput> Items { get; set; } = [];
    /// <summary>Why a Signed or Exchanged MoU is changed; required then, ignored before.</summary>
    public string? ChangeReason { get; set; }
    public long Version { get; set; }
}

public sealed class MouPartyInput
{
    public int? OrganizationId { get; set; }
    public MouPartyRole Role { get; set; } = MouPartyRole.Partner;
    public string SignatoryName { get; set; } = "";
    public string SignatoryPosition { get; set; } = "";
}

public sealed class MouWitnessInput
{
    public string Name { get; set; } = "";
    public string Title { get; set; } = "";
}

public sealed class MouItemInput
{
    public string TextVi { get; set; } = "";
    public string TextEn { get; set; } = "";
}

/// <summary>Moves a row of an editor list up or down by one; list order is the saved order.</summary>
public static class MouLists
{
    public static void Move<T>(List<T> list, int index, int by)
    {
        ArgumentNullException.ThrowIfNull(list);
        var target = index + by;
        if (index < 0 || index >= list.Count || target < 0 || target >= list.Count)
        {
            return;
        }
        (list[index], list[target]) = (list[target], list[index]);
    }
}
