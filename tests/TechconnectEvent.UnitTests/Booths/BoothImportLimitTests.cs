using System.Text;
using MiniExcelLibs;
using TechconnectEvent.Web.Features.Booths.Import;

namespace TechconnectEvent.UnitTests.Booths;

/// <summary>Files built to exhaust the server: each is refused with its own reason, before it is read in full.</summary>
public sealed class BoothImportLimitTests
{
    private const string Header = "code,zone,size,x,y,width,height";

    private static string ProblemOf(string fileName, byte[] content)
    {
        var (table, problem) = BoothFileReader.Read(fileName, content);
        Assert.Null(table);
        return Assert.Single(problem!.Problems).Error.Code;
    }

    [Fact]
    public void Csv_With200000Columns_IsRefusedForItsColumns()
    {
        var header = string.Join(",", Enumerable.Range(0, 200_000).Select(i => $"c{i}"));
        var content = Encoding.UTF8.GetBytes(header + "\n" + string.Join(",", Enumerable.Repeat("1", 200_000)) + "\n");
        Assert.True(content.Length < ImportColumns.MaxFileBytes);

        var (_, problem) = BoothFileReader.Read("wide.csv", content);

        var error = Assert.Single(problem!.Problems).Error;
        Assert.Equal(("Import.TooManyColumns", 200_000, ImportColumns.MaxColumns), (error.Code, (int)error.Arguments[0], (int)error.Arguments[1]));
    }

    [Fact]
    public void Csv_WithExactlyTheColumnLimit_IsRead()
    {
        var extra = Enumerable.Range(0, ImportColumns.MaxColumns - 7).Select(i => $"note{i}");
        var content = Encoding.UTF8.GetBytes(string.Join(",", [Header, .. extra]) + "\nAI-02,AI,Standard,3,0,3,3\n");

        var (table, problem) = BoothFileReader.Read("wide.csv", content);

        Assert.Null(problem);
        Assert.Equal(ImportColumns.MaxColumns, table!.Columns.Count);
    }

    [Fact]
    public void Csv_WithFarMoreRowsThanTheLimit_StopsAtTheLimitAndSaysSo()
    {
        var content = Encoding.UTF8.GetBytes(Header + "\n" + string.Concat(Enumerable.Repeat("A,AI,Standard,0,0,1,1\n", 200_000)));

        var (_, problem) = BoothFileReader.Read("long.csv", content);

        var error = Assert.Single(problem!.Problems).Error;
        Assert.Equal(("Import.TooManyRows", ImportColumns.MaxRows), (error.Code, (int)error.Arguments[0]));
    }

    [Fact]
    public void Xlsx_ZipBomb_IsRefusedBeforeParsing()
    {
        var bomb = CraftedWorkbooks.Bomb(rows: 1_000_000);
        // Small enough to pass the upload limit; it unpacks to well over the unpacked-size limit.
        Assert.True(bomb.Length < ImportColumns.MaxFileBytes, $"{bomb.Length} bytes");

        Assert.Equal("Import.WorkbookTooLarge", ProblemOf("bomb.xlsx", bomb));
    }

    [Theory]
    [InlineData("A1:Z1000000")]
    [InlineData("A1:G2002")]
    [InlineData("A1:CW3")]
    public void Xlsx_ClaimingAHugeSheet_IsRefusedBeforeParsing(string dimension)
    {
        var workbook = CraftedWorkbooks.ClaimingDimension(dimension);
        Assert.True(workbook.Length < 20 * 1024);

        Assert.Equal("Import.SheetTooLarge", ProblemOf("claims.xlsx", workbook));
    }

    [Fact]
    public void Xlsx_ClaimingASheetWithinTheLimits_IsRead()
    {
        var (table, problem) = BoothFileReader.Read("fine.xlsx", CraftedWorkbooks.ClaimingDimension("A1:G2001"));

        Assert.Null(problem);
        Assert.Equal("AI-02", Assert.Single(table!.Rows).Get(ImportColumns.Code));
    }

    [Fact]
    public void Xlsx_WithMoreRowsThanTheLimit_IsRefused()
    {
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, Enumerable.Range(1, ImportColumns.MaxRows + 1)
            .Select(n => new Dictionary<string, object> { ["code"] = $"R-{n}", ["zone"] = "AI" }));

        var code = ProblemOf("long.xlsx", stream.ToArray());

        Assert.Contains(code, new[] { "Import.SheetTooLarge", "Import.TooManyRows" });
    }

    [Theory]
    [InlineData("A1:Z1000000", 1_000_000, 26)]
    [InlineData("A1", 1, 1)]
    [InlineData("B3:G2001", 1999, 6)]
    [InlineData("a1:xfd1048576", 1_048_576, 16_384)]
    public void CellRange_CountsRowsAndColumns(string reference, int rows, int columns) =>
        Assert.Equal((rows, columns), CellRange.Parse(reference));

    [Theory]
    [InlineData("")]
    [InlineData("A")]
    [InlineData("1:2")]
    [InlineData("AAAA1")]
    [InlineData("A99999999")]
    [InlineData("A1:B2:C3")]
    public void CellRange_WhatIsNotAReference_IsNull(string reference) => Assert.Null(CellRange.Parse(reference));
}
