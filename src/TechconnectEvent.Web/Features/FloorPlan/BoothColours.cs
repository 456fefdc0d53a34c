using System.Globalization;
using TechconnectEvent.Web.Infrastructure.Colours;

namespace TechconnectEvent.Web.Features.FloorPlan;

/// <summary>An sRGB colour as stored on zones ("#RRGGBB").</summary>
public readonly record struct RgbColour(byte R, byte G, byte B)
{
    public string Hex => $"#{R:X2}{G:X2}{B:X2}";
}

/// <summary>
/// Colours of the plan, shared by the SVG and the PDF so both read the same. Text colour is chosen by WCAG
/// contrast against the fill it sits on, because zone colours are picked by organisers, not by us.
/// </summary>
public static class BoothColours
{
    /// <summary>Drawn for a zone whose stored colour cannot be read, instead of failing the whole plan.</summary>
    public static readonly RgbColour Unknown = new(0x9E, 0x9E, 0x9E);
    public static readonly RgbColour BlockedFill = new(0xBD, 0xBD, 0xBD);
    public static readonly RgbColour BlockedInk = new(0x42, 0x42, 0x42);
    // Pure black, not the body text grey: with #212121 a red fill reached only 4.0:1; with black and white one
    // of the two always reaches 4.58:1.
    public static readonly RgbColour Black = new(0x00, 0x00, 0x00);
    public static readonly RgbColour White = new(0xFF, 0xFF, 0xFF);
    public static readonly RgbColour Selection = new(0xF9, 0xA8, 0x25);

    public static RgbColour Parse(string? hex)
    {
        var text = hex?.Trim().TrimStart('#') ?? "";
        return text.Length == 6 && int.TryParse(text, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value)
            ? new RgbColour((byte)(value >> 16), (byte)(value >> 8), (byte)value)
            : Unknown;
    }

    /// <summary>WCAG 2 relative luminance, 0 (black) to 1 (white).</summary>
    public static double Luminance(RgbColour colour) => Wcag.Luminance(colour.R, colour.G, colour.B);

    public static double Contrast(RgbColour a, RgbColour b) => Wcag.Contrast(Luminance(a), Luminance(b));

    /// <summary>Near-black or white, whichever stands out more against <paramref name="fill"/>.</summary>
    public static RgbColour TextOn(RgbColour fill) => Contrast(fill, Black) >= Contrast(fill, White) ? Black : White;

    /// <summary>Mixes the colour towards white; <paramref name="amount"/> 1 is white.</summary>
    public static RgbColour Tint(RgbColour colour, double amount) => new(
        Mix(colour.R, 255, amount), Mix(colour.G, 255, amount), Mix(colour.B, 255, amount));

    /// <summary>What a booth's rectangle is filled with: the zone colour when allocated, lighter otherwise.</summary>
    public static RgbColour Fill(Booths.BoothStatus status, RgbColour zone) => status switch
    {
        Booths.BoothStatus.Allocated => zone,
        Booths.BoothStatus.Blocked => BlockedFill,
        Booths.BoothStatus.Held => Tint(zone, 0.8),
        _ => Tint(zone, 0.92),
    };

    /// <summary>
    /// The outline: the zone colour, except on a solid (allocated) booth, whose white edge keeps neighbours
    /// of the same zone apart, and on a blocked one.
    /// </summary>
    public static RgbColour Border(Booths.BoothStatus status, RgbColour zone) => status switch
    {
        Booths.BoothStatus.Allocated => White,
        Booths.BoothStatus.Blocked => BlockedInk,
        _ => zone,
    };


    private static byte Mix(byte from, byte to, double amount) =>
        (byte)Math.Round(from + (to - from) * Math.Clamp(amount, 0, 1));
}
