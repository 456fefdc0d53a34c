using System.Text;
using MiniExcelLibs;
using TechconnectEvent.Web.Features.Booths.Export;
using TechconnectEvent.Web.Infrastructure.Export;
using TechconnectEvent.Web.Features.Organizations;

namespace TechconnectEvent.UnitTests.Booths;

public sealed class ExportTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+84 912", "'+84 912")]
    [InlineData("-1+1", "'-1+1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "'\rcmd")]
    [InlineData("Hợp tác xã Quảng Ninh", "Hợp tác xã Quảng Ninh")]
    [InlineData("A=B", "A=B")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Sanitiser_NeutralisesOnlyFormulaTriggersAtTheStart(string? value, string expected) =>
        Assert.Equal(expected, SpreadsheetSanitizer.Neutralise(value));

    private static async Task<BoothTestBed> BedWithHostileExhibitorAsync()
    {
        var bed = await BoothTestBed.CreateAsync();
        var zone = await bed.AddZoneAsync("HT");
        var booth = await bed.AddBoothAsync(zone.Id, "HT-01", 0, 0);
        await bed.AddBoothAsync(zone.Id, "HT-02", 3, 0);
        await bed.AllocateAsync(booth, OrganizationType.Enterprise, "=HYPERLINK(\"http://evil\",\"Bấm\")");
        return bed;
    }

    [Fact]
    public async Task Csv_HasBomVietnameseAndNeutralisedFormula()
    {
        await using var bed = await BedWithHostileExhibitorAsync();

        var bytes = await new BoothExportService(bed.Booths).CsvAsync(bed.EditionId, Ct);

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal(string.Join(",", BoothExportService.Columns), lines[0]);
        Assert.Contains("Khu HT", lines[1]);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"Bấm\"\")\"", lines[1]);
        Assert.DoesNotContain(",=HYPERLINK", text);
    }

    [Fact]
    public async Task Csv_RoundTripsThroughTheImporter()
    {
        await using var bed = await BedWithHostileExhibitorAsync();
        var csv = await new BoothExportService(bed.Booths).CsvAsync(bed.EditionId, Ct);
        await using var other = await BoothTestBed.CreateAsync();
        await other.AddZoneAsync("HT");

        var result = await other.Imports.ImportAsync(other.EditionId, "export.csv", csv, Ct);

        Assert.Empty(result.Report.Problems);
        Assert.Equal(2, result.Imported);
    }

    [Fact]
    public async Task Xlsx_HasTheSameCellsWithTheFormulaNeutralised()
    {
        await using var bed = await BedWithHostileExhibitorAsync();

        var bytes = await new BoothExportService(bed.Booths).XlsxAsync(bed.EditionId, Ct);

        using var stream = new MemoryStream(bytes);
        var rows = MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal("'=HYPERLINK(\"http://evil\",\"Bấm\")", rows[0]["exhibitor"]);
        Assert.Equal("Khu HT", rows[0]["zone_name_vi"]);
        Assert.Equal("Allocated", rows[0]["status"]);
        Assert.Equal(3d, Convert.ToDouble(rows[1]["x"], System.Globalization.CultureInfo.InvariantCulture));
    }
}
