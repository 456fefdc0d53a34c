using System.Text;
using MiniExcelLibs;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Booths.Import;

namespace TechconnectEvent.UnitTests.Booths;

public sealed class BoothImportTests
{
    private const string Header = "code,zone,size,x,y,width,height";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static byte[] Csv(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\n", lines));

    private static async Task<(BoothTestBed Bed, int ZoneId)> BedAsync()
    {
        var bed = await BoothTestBed.CreateAsync();
        var zone = await bed.AddZoneAsync("AI");
        await bed.AddZoneAsync("KH");
        await bed.AddBoothAsync(zone.Id, "AI-01", 0, 0);
        return (bed, zone.Id);
    }

    private static IEnumerable<(int? Row, string Code)> Problems(BoothImportReport report) =>
        report.Problems.Select(p => (p.Row, p.Error.Code));

    [Fact]
    public async Task Import_ValidCsvWithBomAndVietnameseSizes_WritesEveryBooth()
    {
        var (bed, _) = await BedAsync();
        await using var _bed = bed;
        var content = Encoding.UTF8.GetPreamble().Concat(Csv(Header, "AI-02,AI,Tiêu chuẩn,3,0,3,3", "kh-01,kh,Gian đôi,10,10,6,3", "KH-02,KH,island,20,20,9,9")).ToArray();

        var result = await bed.Imports.ImportAsync(bed.EditionId, "booths.csv", content, Ct);

        Assert.Empty(result.Report.Problems);
        Assert.Equal(3, result.Imported);
        var rows = await bed.Booths.QueryAsync(bed.EditionId, BoothFilter.None, Ct);
        Assert.Equal(BoothSize.Double, rows.Single(r => r.Code == "KH-01").Size);
        Assert.Equal(BoothSize.Island, rows.Single(r => r.Code == "KH-02").Size);
        Assert.Contains(await bed.AuditAsync(), a => a.Action == "booth.imported");
    }

    [Fact]
    public async Task Import_SemicolonSeparatedWithDecimalCommas_IsRead()
    {
        var (bed, _) = await BedAsync();
        await using var _bed = bed;

        var result = await bed.Imports.ImportAsync(bed.EditionId, "booths.csv",
            Csv("code;zone;size;x;y;width;height", "AI-05;AI;Standard;4,5;10;3;3"), Ct);

        Assert.Equal(1, result.Imported);
        Assert.Equal(4.5, (await bed.Booths.QueryAsync(bed.EditionId, new BoothFilter(Search: "AI-05"), Ct))[0].X);
    }

    [Fact]
    public async Task Import_FileWithEveryKindOfRowProblem_ReportsEachRowAndWritesNothing()
    {
        var (bed, _) = await BedAsync();
        await using var _bed = bed;
        var content = Csv(Header,
            "AI-02,AI,Standard,10,0,3,3",      // row 2: fine
            "AI-02,AI,Standard,20,0,3,3",      // row 3: duplicate of row 2
            "AI-01,AI,Standard,30,0,3,3",      // row 4: exists already
            "AI-03,ZZ,Standard,40,0,3,3",      // row 5: unknown zone
            "AI-04,AI,Huge,50,0,3,3",          // row 6: unknown size
            "AI-05,AI,Standard,abc,0,3,3",     // row 7: not a number
            "AI-06,AI,Standard,-1,0,3,3",      // row 8: negative
            "AI-07,AI,Standard,60,0,0,3",      // row 9: zero width
            "AI-08,AI,Standard,11,1,3,3",      // row 10: overlaps row 2
            "AI-09,AI,Standard,1,1,3,3",       // row 11: overlaps existing AI-01
            "AI-10,AI,Standard,119,0,3,3",     // row 12: leaves the hall
            ",AI,Standard,70,0,3,3");          // row 13: no code

        var result = await bed.Imports.ImportAsync(bed.EditionId, "booths.csv", content, Ct);

        Assert.Equal(0, result.Imported);
        Assert.Equal(
            [(3, "Import.DuplicateInFile"), (4, "Import.CodeExists"), (5, "Import.UnknownZone"), (6, "Import.UnknownSize"),
             (7, "Import.NotANumber"), (8, "Import.Negative"), (9, "Import.ZeroSize"), (10, "Import.OverlapInFile"),
             (11, "Import.OverlapExisting"), (12, "Import.OutsideHall"), (13, "Import.Required")],
            Problems(result.Report));
        Assert.Equal(1, await bed.BoothCountAsync());
    }

    [Fact]
    public async Task Import_MissingColumns_NamesEachOne()
    {
        var (bed, _) = await BedAsync();
        await using var _bed = bed;

        var report = await bed.Imports.ValidateAsync(bed.EditionId, "b.csv", Csv("code,zone,x,y", "AI-02,AI,3,0"), Ct);

        Assert.Equal(["size", "width", "height"], report.Problems.Select(p => p.Error.Arguments[0]));
        Assert.All(report.Problems, p => Assert.Equal("Import.MissingColumn", p.Error.Code));
    }

    [Fact]
    public async Task Import_Latin1Csv_IsRejectedAsNotUtf8()
    {
        var (bed, _) = await BedAsync();
        await using var _bed = bed;
        var latin1 = Encoding.Latin1.GetBytes(Header + "\nAI-02,AI,Góc,3,0,3,3");

        var report = await bed.Imports.ValidateAsync(bed.EditionId, "b.csv", latin1, Ct);

        Assert.Equal((null, "Import.NotUtf8"), Assert.Single(Problems(report)));
    }

    [Theory]
    [InlineData("", "Import.EmptyFile")]
    [InlineData("\uFEFF  \n", "Import.EmptyFile")]
    [InlineData(Header + "\n", "Import.NoRows")]
    public async Task Import_EmptyFiles_AreReported(string text, string expected)
    {
        var (bed, _) = await BedAsync();
        await using var _bed = bed;

        var report = await bed.Imports.ValidateAsync(bed.EditionId, "b.csv", Encoding.UTF8.GetBytes(text), Ct);

        Assert.Equal(expected, Assert.Single(report.Problems).Error.Code);
    }

    [Fact]
    public async Task Import_MoreThan2000Rows_IsRefused()
    {
        var (bed, _) = await BedAsync();
        await using var _bed = bed;
        var lines = new[] { Header }.Concat(Enumerable.Range(1, 2001).Select(n => $"R-{n},AI,Standard,0,0,1,1")).ToArray();

        var report = await bed.Imports.ValidateAsync(bed.EditionId, "b.csv", Csv(lines), Ct);

        var problem = Assert.Single(report.Problems);
        Assert.Equal("Import.TooManyRows", problem.Error.Code);
        Assert.Equal(ImportColumns.MaxRows, problem.Error.Arguments[0]);
    }

    [Fact]
    public async Task Import_Xlsx_IsReadWithNumbersAndText()
    {
        var (bed, _) = await BedAsync();
        await using var _bed = bed;
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, new[]
        {
            new Dictionary<string, object> { ["code"] = "KH-01", ["zone"] = "KH", ["size"] = "Góc", ["x"] = 30.5, ["y"] = 0, ["width"] = 3, ["height"] = 3 },
            new Dictionary<string, object> { ["code"] = "KH-02", ["zone"] = "KH", ["size"] = "Standard", ["x"] = 33.5, ["y"] = 0, ["width"] = 3, ["height"] = 3 },
        });

        var result = await bed.Imports.ImportAsync(bed.EditionId, "booths.xlsx", stream.ToArray(), Ct);

        Assert.Empty(result.Report.Problems);
        Assert.Equal(2, result.Imported);
        var corner = (await bed.Booths.QueryAsync(bed.EditionId, new BoothFilter(Search: "KH-01"), Ct))[0];
        Assert.Equal((BoothSize.Corner, 30.5), (corner.Size, corner.X));
    }

    [Fact]
    public async Task Import_BrokenXlsx_SaysItCannotBeRead()
    {
        var (bed, _) = await BedAsync();
        await using var _bed = bed;

        var report = await bed.Imports.ValidateAsync(bed.EditionId, "b.xlsx", Encoding.ASCII.GetBytes("PK\u0003\u0004 not really a zip"), Ct);

        Assert.Equal("Import.Unreadable", Assert.Single(report.Problems).Error.Code);
    }

    [Theory]
    [InlineData("Standard", BoothSize.Standard)]
    [InlineData("TIÊU CHUẨN", BoothSize.Standard)]
    [InlineData("tieu chuan", BoothSize.Standard)]
    [InlineData("Đôi", BoothSize.Double)]
    [InlineData("góc", BoothSize.Corner)]
    [InlineData("Gian đảo", BoothSize.Island)]
    public void SizeNames_AreUnderstoodInBothLanguages(string text, BoothSize expected)
    {
        Assert.True(BoothSizeNames.TryParse(text, out var size));
        Assert.Equal(expected, size);
    }
}
