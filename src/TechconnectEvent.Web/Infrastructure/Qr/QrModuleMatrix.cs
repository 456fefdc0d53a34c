namespace TechconnectEvent.Web.Infrastructure.Qr;

/// <summary>The dark/light modules of one QR symbol, square, optionally framed by a light quiet zone.</summary>
public sealed class QrModuleMatrix
{
    private readonly bool[,] modules;

    internal QrModuleMatrix(bool[,] modules, int quietZone)
    {
        this.modules = modules;
        QuietZone = quietZone;
    }

    /// <summary>Modules per side, quiet zone included.</summary>
    public int Size => modules.GetLength(0);

    /// <summary>Light modules around the symbol on each side (0 when drawn without one).</summary>
    public int QuietZone { get; }

    public bool IsDark(int row, int column) => modules[row, column];
}
