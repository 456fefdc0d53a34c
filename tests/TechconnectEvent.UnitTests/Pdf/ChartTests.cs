using System.Globalization;
using System.Text.RegularExpressions;
using TechconnectEvent.Web.Infrastructure.Colours;
using TechconnectEvent.Web.Infrastructure.Pdf.Charts;
using TechconnectEvent.Web.Infrastructure.Pdf.Layout;
using UglyToad.PdfPig;

namespace TechconnectEvent.UnitTests.Pdf;

public sealed partial class ChartTests
{
    private static readonly string[] Fields = ["Nông nghiệp", "Y tế", "Công nghệ thông tin"];

    private static PdfBarChart Bars(params PdfChartSeries[] series) =>
        new(Fields, series, "Không có dữ liệu") { Title = "Đại biểu theo lĩnh vực" };

    [Fact]
    public void BarChart_InVietnamese_PrintsCategoriesLegendAndTicksAsText()
    {
        var text = InCulture("vi-VN", () => SingleText(PdfTestSupport.Composer().BarChart(Bars(
            new PdfChartSeries("Đại biểu", [6214, 3000, 1500]),
            new PdfChartSeries("Khách tham quan", [2500, 4100, 900])) with { ShowValues = true }).Render()));

        Assert.Contains("Đại biểu theo lĩnh vực", text, StringComparison.Ordinal);
        Assert.All(Fields, field => Assert.Contains(field, text, StringComparison.Ordinal));
        Assert.Contains("Đại biểu", text.Replace("Đại biểu theo lĩnh vực", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Khách tham quan", text, StringComparison.Ordinal);
        Assert.Equal(["0", "2.000", "4.000", "6.000", "8.000"], TickLines(text, "0", "2.000", "4.000", "6.000", "8.000"));
        Assert.Contains("6.214", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Charts_AreVectorPathsWithoutImages()
    {
        var pdf = PdfTestSupport.Composer()
            .BarChart(Bars(new PdfChartSeries("Đại biểu", [10, 20, 30])))
            .PieChart(new PdfPieChart([new("Nông nghiệp", 3), new("Y tế", 5)], "Không có dữ liệu"))
            .LineChart(new PdfLineChart(["08:00", "09:00"], [new PdfChartSeries("Check-in", [5, 9])], "Không có dữ liệu"))
            .Render();

        using var document = PdfDocument.Open(pdf);
        Assert.All(document.GetPages(), page => Assert.Empty(page.GetImages()));
        Assert.True(document.GetPages().Sum(page => page.Paths.Count) > 10);
    }

    [Fact]
    public void PieChart_SharesAddUpToAHundredAndUseTheCultureDecimalComma()
    {
        var text = InCulture("vi-VN", () => SingleText(PdfTestSupport.Composer().PieChart(new PdfPieChart(
            [new("Đại biểu", 1000), new("Doanh nghiệp", 1000), new("Nhà khoa học", 1000)], "Không có dữ liệu")).Render()));

        var shares = PercentPattern().Matches(text).Select(match => decimal.Parse(match.Groups[1].Value, CultureInfo.GetCultureInfo("vi-VN"))).ToList();
        Assert.Equal([33.4m, 33.3m, 33.3m], shares);
        Assert.Contains("Nhà khoa học", text, StringComparison.Ordinal);
        Assert.Contains("1.000", text, StringComparison.Ordinal);
    }

    [Fact]
    public void PieShares_RoundToTenthsThatSumToExactlyOneThousand()
    {
        Assert.Equal([334, 333, 333], PieShares.Tenths([1, 1, 1]));
        Assert.Equal(1000, PieShares.Tenths([6214, 17, 3, 999, 0.5]).Sum());
        Assert.Equal([0, 0], PieShares.Tenths([0, 0]));
    }

    [Fact]
    public void PieChart_AllZero_ShowsTheCallersCaptionAndNoSlices()
    {
        var pdf = PdfTestSupport.Composer().PieChart(new PdfPieChart([new("Y tế", 0)], "Chưa có số liệu")).Render();

        var text = SingleText(pdf);
        Assert.Contains("Chưa có số liệu", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Y tế", text, StringComparison.Ordinal);
    }

    [Fact]
    public void BarChart_WithoutCategories_ShowsItsFrameAndCaption()
    {
        var pdf = PdfTestSupport.Composer().BarChart(new PdfBarChart([], [], "No data yet")).Render();

        Assert.Contains("No data yet", SingleText(pdf), StringComparison.Ordinal);
        using var document = PdfDocument.Open(pdf);
        Assert.NotEmpty(document.GetPage(1).Paths);
    }

    [Fact]
    public void LineChart_PrintsHoursLegendAndTicks()
    {
        var hours = Enumerable.Range(8, 10).Select(hour => $"{hour:00}:00").ToList();
        var text = InCulture("en-US", () => SingleText(PdfTestSupport.Composer().LineChart(new PdfLineChart(
            hours,
            [new PdfChartSeries("Lượt check-in ngày 29/09", [120, 1450, 980, 400, 300, 650, 700, 500, 200, 90]),
             new PdfChartSeries("Ngày 30/09", [80, 900, 1100, 300, 250, 500, 400, 300, 100, 40])],
            "No data")).Render()));

        Assert.All(hours, hour => Assert.Contains(hour, text, StringComparison.Ordinal));
        Assert.Contains("Lượt check-in ngày 29/09", text, StringComparison.Ordinal);
        Assert.Contains("Ngày 30/09", text, StringComparison.Ordinal);
        Assert.Equal(["0", "500", "1,000", "1,500"], TickLines(text, "0", "500", "1,000", "1,500"));
    }

    [Theory]
    [InlineData(6214, new[] { 0d, 2000, 4000, 6000, 8000 })]
    [InlineData(7, new[] { 0d, 2, 4, 6, 8 })]
    [InlineData(0, new[] { 0d, 1 })]
    [InlineData(1, new[] { 0d, 0.2, 0.4, 0.6, 0.8, 1 })]
    [InlineData(100, new[] { 0d, 20, 40, 60, 80, 100 })]
    [InlineData(1450, new[] { 0d, 500, 1000, 1500 })]
    public void ChartScale_FromZeroToTheMaximum_UsesRoundSteps(double maximum, double[] expected)
    {
        Assert.Equal(expected, ChartScale.For(0, maximum).Ticks);
    }

    [Fact]
    public void ChartScale_BelowZero_ExtendsTheAxisDownToARoundTick()
    {
        Assert.Equal([-4d, -2, 0, 2, 4, 6, 8], ChartScale.For(-3, 7).Ticks);
    }

    [Fact]
    public void ChartScale_FormatsTicksInTheCurrentCulture()
    {
        var scale = ChartScale.For(0, 1);

        Assert.Equal("0,5", InCulture("vi-VN", () => scale.Format(0.5)));
        Assert.Equal("12.000", InCulture("vi-VN", () => ChartScale.For(0, 12000).Format(12000)));
    }

    [Fact]
    public void BarChart_ThatDoesNotFitTheRestOfThePage_StartsOnTheNextPage()
    {
        byte[] Render(float spaceAbove) => PdfTestSupport.Composer()
            .Paragraph("Mở đầu")
            .Spacer(spaceAbove)
            .BarChart(Bars(new PdfChartSeries("Đại biểu", [1, 2, 3])))
            .Render();

        var fits = PdfTextExtraction.Read(Render(100));
        var moved = PdfTextExtraction.Read(Render(600));

        Assert.Single(fits);
        Assert.Contains("Nông nghiệp", fits[0].Text, StringComparison.Ordinal);
        Assert.Equal(2, moved.Count);
        Assert.DoesNotContain("Nông nghiệp", moved[0].Text, StringComparison.Ordinal);
        Assert.Contains("Nông nghiệp", moved[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void BarChart_WithANegativeValue_IsRefusedNamingTheValue()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            PdfTestSupport.Composer().BarChart(Bars(new PdfChartSeries("Đại biểu", [1, -2, 3]))));

        Assert.Contains("negative", error.Message, StringComparison.Ordinal);
        Assert.Contains("Y tế", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PieChart_WithANegativeValue_IsRefused()
    {
        Assert.Throws<ArgumentException>(() =>
            PdfTestSupport.Composer().PieChart(new PdfPieChart([new("Y tế", -1)], "Không có dữ liệu")));
    }

    [Fact]
    public void BarChart_WithSeriesShorterThanTheCategories_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            PdfTestSupport.Composer().BarChart(Bars(new PdfChartSeries("Đại biểu", [1, 2]))));

        Assert.Contains("2 values for 3 categories", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CategoryLabels_TooLongForTheirSlot_AreWrappedThenShortenedWithinIt()
    {
        using var shaper = new TextShaper(PdfTestSupport.Fonts);
        const float width = 50;

        var lines = ChartText.Wrap(shaper, "Công nghệ sinh học và môi trường bền vững", ChartPainter.Label, width, maxLines: 2);

        Assert.Equal(2, lines.Count);
        Assert.All(lines, line => Assert.True(line.Width <= width, $"\"{line.Text}\" is {line.Width} wide"));
        Assert.EndsWith("…", lines[^1].Text, StringComparison.Ordinal);
        Assert.StartsWith("Công", lines[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void BarChart_WithManyLongCategories_KeepsLabelsApart()
    {
        var categories = Enumerable.Range(1, 12).Select(n => $"Lĩnh vực công nghệ số {n}").ToList();
        var pdf = PdfTestSupport.Composer()
            .BarChart(new PdfBarChart(categories, [new PdfChartSeries("Đại biểu", categories.Select((_, n) => (double)n).ToList())], "-"))
            .Render();

        var page = PdfTextExtraction.Read(pdf)[0];
        foreach (var line in page.Letters.GroupBy(letter => Math.Round(letter.Baseline)))
        {
            var ordered = line.OrderBy(letter => letter.Left).ToList();
            Assert.All(ordered.Zip(ordered.Skip(1)), pair => Assert.True(pair.Second.Left >= pair.First.Right - 0.5,
                $"'{pair.First.Value}' and '{pair.Second.Value}' overlap at {pair.Second.Left}"));
        }
    }

    [Fact]
    public void Palette_EveryColourStandsOutFromWhitePaper()
    {
        var white = Wcag.Luminance(255, 255, 255);

        Assert.All(PdfChartPalette.Colours, colour =>
            Assert.True(Wcag.Contrast(Wcag.Luminance(colour.Red, colour.Green, colour.Blue), white) >= 3, colour.ToString()));
    }

    [Fact]
    public void Sample_AllThreeCharts_RenderAsVectors()
    {
        var pdf = InCulture("vi-VN", () => ChartSample.Render(PdfTestSupport.Composer()));

        using var document = PdfDocument.Open(pdf);
        Assert.All(document.GetPages(), page => Assert.Empty(page.GetImages()));
        if (Environment.GetEnvironmentVariable("CHARTS_SAMPLE_PDF") is { Length: > 0 } path)
        {
            File.WriteAllBytes(path, pdf);
        }
    }

    internal static T InCulture<T>(string name, Func<T> action)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
        try
        {
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    private static string SingleText(byte[] pdf) => Assert.Single(PdfTextExtraction.Read(pdf)).Text;

    /// <summary>The tick labels present as whole lines of their own, bottom to top as printed on the axis.</summary>
    private static List<string> TickLines(string text, params string[] ticks) =>
        text.Split('\n').Select(line => line.Split(PdfTextExtraction.CellSeparator)[0]).Where(ticks.Contains).Reverse().ToList();

    [GeneratedRegex(@"(\d+,\d)\s?%")]
    private static partial Regex PercentPattern();
}
