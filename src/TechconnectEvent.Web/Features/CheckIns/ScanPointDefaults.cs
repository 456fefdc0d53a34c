namespace TechconnectEvent.Web.Features.CheckIns;

/// <summary>The gate every edition starts with, so that check-in works before the organisers name their gates.</summary>
public static class ScanPointDefaults
{
    public const string MainGateCode = "main";
    public const string MainGateName = "Cổng chính";

    public static ScanPoint MainGate(int editionId) => new()
    {
        EditionId = editionId,
        Kind = ScanPointKind.Gate,
        Code = MainGateCode,
        Name = MainGateName,
        SortOrder = 0,
    };
}
