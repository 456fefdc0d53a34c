using System.Globalization;

namespace TechconnectEvent.Web.Infrastructure.Pdf.Charts;

/// <summary>
/// A value axis with round ticks (steps of 1, 2 or 5 times a power of ten) that covers the data, so gridlines
/// land on numbers a reader can add up in their head.
/// </summary>
internal sealed record ChartScale(double Minimum, double Maximum, double Step, IReadOnlyList<double> Ticks)
{
    private const int TargetIntervals = 5;

    public static ChartScale For(double dataMinimum, double dataMaximum)
    {
        var low = Math.Min(0, dataMinimum);
        var high = Math.Max(0, dataMaximum);
        if (high - low <= 0)
        {
            // Nothing but zeros: an axis 0–1 still gives the frame and the zero line a place.
            return new ChartScale(0, 1, 1, [0, 1]);
        }
        var step = NiceStep(low, high);
        var first = Math.Floor(low / step + 1e-9);
        var last = Math.Ceiling(high / step - 1e-9);
        var ticks = new List<double>();
        for (var n = first; n <= last; n++)
        {
            ticks.Add(Math.Round(n * step, Decimals(step)));
        }
        return new ChartScale(ticks[0], ticks[^1], step, ticks);
    }

    /// <summary>
    /// The 1, 2 or 5 times a power of ten whose axis has the count of intervals nearest five (the larger step on
    /// a tie): 0–8,000 in 2,000s for 6,214, 0–100 in 20s for 100, rather than too few or crowded gridlines.
    /// </summary>
    private static double NiceStep(double low, double high)
    {
        var magnitude = Math.Floor(Math.Log10(high - low));
        var best = 0d;
        var bestDistance = int.MaxValue;
        for (var power = magnitude - 2; power <= magnitude + 1; power++)
        {
            foreach (var multiple in (ReadOnlySpan<double>)[1, 2, 5])
            {
                var step = multiple * Math.Pow(10, power);
                var intervals = (int)(Math.Ceiling(high / step - 1e-9) - Math.Floor(low / step + 1e-9));
                var distance = Math.Abs(intervals - TargetIntervals);
                if (distance <= bestDistance)
                {
                    best = step;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    public string Format(double tick) =>
        tick.ToString("N" + Decimals(Step).ToString(CultureInfo.InvariantCulture), CultureInfo.CurrentCulture);

    /// <summary>Where the value falls from 0 (the bottom of the axis) to 1 (its top).</summary>
    public float Fraction(double value) => (float)((value - Minimum) / (Maximum - Minimum));

    private static int Decimals(double step) => step >= 1 ? 0 : (int)Math.Ceiling(-Math.Log10(step) - 1e-9);
}
