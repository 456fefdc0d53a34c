namespace TechconnectEvent.Web.Features.CheckIns.Gate;

/// <summary>The three faces of a verdict at the gate: let in, seen before (let in, but look), or stopped.</summary>
public enum VerdictTone
{
    Green,
    Amber,
    Red,
}

public static class GateVerdictLook
{
    public static VerdictTone ToneOf(ScanStatus status) => status switch
    {
        ScanStatus.CheckedIn => VerdictTone.Green,
        ScanStatus.AlreadyCheckedIn => VerdictTone.Amber,
        _ => VerdictTone.Red,
    };

    /// <summary>The CSS class and the beep's name: "green", "amber", "red".</summary>
    public static string Name(VerdictTone tone) => tone switch
    {
        VerdictTone.Green => "green",
        VerdictTone.Amber => "amber",
        _ => "red",
    };

    /// <summary>A category colour safe to write into a style: "#RRGGBB" as the organisers set it, else none.</summary>
    public static string CssColour(string? colour) =>
        colour is { Length: 7 } && colour[0] == '#' && colour.Skip(1).All(char.IsAsciiHexDigit) ? colour : "transparent";
}
