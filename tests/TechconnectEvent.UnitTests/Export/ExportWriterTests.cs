using System.Text;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using TechconnectEvent.Web.Infrastructure.Export;

namespace TechconnectEvent.UnitTests.Export;

public sealed class ExportWriterTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Item(string Name, int Count, DateTimeOffset At, bool Flag);

    private static readonly IReadOnlyList<ExportColumn<Item>> Columns =
    [
        new("Col.Name", i => i.Name),
        new("Col.Count", i => i.Count),
        new("Col.At", i => i.At),
        new("Col.Flag", i => i.Flag),
    ];

    /// <summary>Answers "T:" + key, so a test sees which key a header came from; knows no key when asked for a missing one.</summary>
    private sealed class KeyText : IStringLocalizer
    {
        public LocalizedString this[string name] => name.StartsWith("Missing.", StringComparison.Ordinal)
            ? new LocalizedString(name, name, resourceNotFound: true)
            : new LocalizedString(name, "T:" + name);

        public LocalizedString this[string name, params object[] arguments] => this[name];

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }

    private static readonly TimeZoneInfo Hanoi = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    private static ExportTable Table(params Item[] items) => ExportTable.Build(Columns, items, new KeyText(), Hanoi);

    private static readonly DateTimeOffset Morning = new(2023, 9, 29, 1, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task Csv_StartsWithTheUtf8ByteOrderMark_AndKeepsVietnameseIntact()
    {
        var bytes = await ExportWriter.CsvAsync(Table(new Item("Viện Hàn lâm Khoa học và Công nghệ Việt Nam", 1, Morning, true)), Ct);

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.Contains("Viện Hàn lâm Khoa học và Công nghệ Việt Nam", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_QuotesCommasQuotesAndLineBreaks_PerRfc4180()
    {
        var bytes = await ExportWriter.CsvAsync(Table(new Item("Công ty \"Ánh Dương\", Hạ Long\nQuảng Ninh", 7, Morning, false)), Ct);

        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.Equal(
            "T:Col.Name,T:Col.Count,T:Col.At,T:Col.Flag\r\n\"Công ty \"\"Ánh Dương\"\", Hạ Long\nQuảng Ninh\",7,2023-09-29 08:30,T:Export.No\r\n",
            lines);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\",\"Bấm\")")]
    [InlineData("+84 912")]
    [InlineData("-1+1")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tcmd")]
    [InlineData("\rcmd")]
    public async Task FormulaPrefixes_AreNeutralised_InCsvAndXlsx(string hostile)
    {
        var table = Table(new Item(hostile, 1, Morning, true));

        var csv = await ExportWriter.CsvAsync(table, Ct);
        var xlsx = await ExportWriter.XlsxAsync(table, "Sheet", Ct);

        var csvText = Encoding.UTF8.GetString(csv, 3, csv.Length - 3);
        Assert.Contains("'" + hostile[0], csvText, StringComparison.Ordinal);
        // XML readers turn a carriage return into a line feed, so compare the neutralising quote and the rest apart.
        var cell = Assert.IsType<string>(ReadXlsx(xlsx)[1][0]);
        Assert.StartsWith("'", cell, StringComparison.Ordinal);
        Assert.Equal(hostile[1..], cell[2..]);
    }

    [Fact]
    public async Task Xlsx_KeepsNumbersAsNumbers_TimesInTheEditionZone_AndTranslatedHeaders()
    {
        var cells = ReadXlsx(await ExportWriter.XlsxAsync(Table(new Item("Sở KH&CN Quảng Ninh", 42, Morning, true)), "Sheet", Ct));

        Assert.Equal<object?>(["T:Col.Name", "T:Col.Count", "T:Col.At", "T:Col.Flag"], cells[0]);
        Assert.Equal("Sở KH&CN Quảng Ninh", cells[1][0]);
        Assert.Equal(42d, Convert.ToDouble(cells[1][1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(new DateTime(2023, 9, 29, 8, 30, 0), cells[1][2]);
        Assert.Equal("T:Export.Yes", cells[1][3]);
    }

    [Fact]
    public async Task EmptyList_GivesTheHeaderRowOnly_InBothFormats()
    {
        var table = Table();

        var csv = await ExportWriter.CsvAsync(table, Ct);
        var xlsx = await ExportWriter.XlsxAsync(table, "Sheet", Ct);

        Assert.Equal("T:Col.Name,T:Col.Count,T:Col.At,T:Col.Flag\r\n", Encoding.UTF8.GetString(csv, 3, csv.Length - 3));
        var rows = ReadXlsx(xlsx);
        Assert.Equal<object?>(["T:Col.Name", "T:Col.Count", "T:Col.At", "T:Col.Flag"], Assert.Single(rows));
    }

    [Fact]
    public void Labels_AreTranslated_AndFallBackToTheCode()
    {
        var columns = new ExportColumn<DayOfWeek>[]
        {
            new("Col.Known", d => ExportLabel.Of("Day.", d)),
            new("Col.Unknown", d => ExportLabel.Of("Missing.", d)),
        };

        var table = ExportTable.Build(columns, [DayOfWeek.Friday], new KeyText(), Hanoi);

        Assert.Equal<object?>(["T:Day.Friday", "Friday"], table.Rows[0]);
    }

    private static List<object?[]> ReadXlsx(byte[] content)
    {
        using var stream = new MemoryStream(content);
        return MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>()
            .Select(row => row.Values.ToArray())
            .ToList();
    }
}
