using System.Globalization;

namespace TechconnectEvent.Web.Features.FloorPlan;

/// <summary>Numbers for SVG attributes: always a dot decimal, whatever the reader's culture (vi-VN writes "1,5").</summary>
internal static class SvgNumber
{
    public static string F(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
