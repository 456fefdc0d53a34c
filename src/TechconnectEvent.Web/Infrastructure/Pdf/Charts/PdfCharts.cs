using SkiaSharp;

namespace TechconnectEvent.Web.Infrastructure.Pdf.Charts;

/// <summary>One named row of values, one per category; the colour comes from the palette when not given.</summary>
public sealed record PdfChartSeries(string Name, IReadOnlyList<double> Values, SKColor? Color = null);

/// <summary>One slice of a pie chart.</summary>
public sealed record PdfPieSlice(string Label, double Value, SKColor? Color = null);

/// <summary>
/// Vertical bars per category, grouped when there are several series, on a value axis from 0. The layer has no
/// localisation, so the caption shown when there is nothing to draw comes from the caller.
/// </summary>
public sealed record PdfBarChart(IReadOnlyList<string> Categories, IReadOnlyList<PdfChartSeries> Series, string NoDataCaption)
{
    public float Height { get; init; } = 220;
    public string? Title { get; init; }

    /// <summary>Prints each bar's value above it, where the bar is wide enough to carry it.</summary>
    public bool ShowValues { get; init; }

    internal void Validate()
    {
        ChartValidation.Height(Height);
        ChartValidation.Series(Categories, Series, allowNegative: false);
    }
}

/// <summary>Slices with a legend giving label, value and share; shares are rounded so they add up to 100 %.</summary>
public sealed record PdfPieChart(IReadOnlyList<PdfPieSlice> Slices, string NoDataCaption)
{
    public float Height { get; init; } = 200;
    public string? Title { get; init; }

    internal void Validate()
    {
        ChartValidation.Height(Height);
        ArgumentNullException.ThrowIfNull(Slices);
        foreach (var slice in Slices)
        {
            ArgumentNullException.ThrowIfNull(slice);
            ChartValidation.Value(slice.Value, allowNegative: false, $"slice \"{slice.Label}\"");
        }
    }
}

/// <summary>One or more lines over categories along x (hours of a day, days), with point markers and a legend.</summary>
public sealed record PdfLineChart(IReadOnlyList<string> Categories, IReadOnlyList<PdfChartSeries> Series, string NoDataCaption)
{
    public float Height { get; init; } = 220;
    public string? Title { get; init; }

    internal void Validate()
    {
        ChartValidation.Height(Height);
        ChartValidation.Series(Categories, Series, allowNegative: true);
    }
}

internal static class ChartValidation
{
    public static void Height(float height) => ArgumentOutOfRangeException.ThrowIfLessThan(height, 60f, nameof(height));

    public static void Series(IReadOnlyList<string> categories, IReadOnlyList<PdfChartSeries> series, bool allowNegative)
    {
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(series);
        foreach (var row in series)
        {
            ArgumentNullException.ThrowIfNull(row);
            ArgumentNullException.ThrowIfNull(row.Values);
            if (row.Values.Count != categories.Count)
            {
                throw new ArgumentException(
                    $"Series \"{row.Name}\" has {row.Values.Count} values for {categories.Count} categories; give one value per category.",
                    nameof(series));
            }
            for (var index = 0; index < row.Values.Count; index++)
            {
                Value(row.Values[index], allowNegative, $"series \"{row.Name}\", category \"{categories[index]}\"");
            }
        }
    }

    public static void Value(double value, bool allowNegative, string where)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"The value of {where} is not a finite number.", nameof(value));
        }
        if (!allowNegative && value < 0)
        {
            throw new ArgumentException(
                $"The value of {where} is negative ({value}); this chart shows amounts, which cannot be below zero.", nameof(value));
        }
    }
}
