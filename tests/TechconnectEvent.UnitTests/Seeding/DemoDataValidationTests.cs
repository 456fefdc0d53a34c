using System.Text.Json.Nodes;
using TechconnectEvent.Web.Infrastructure.Data.Seeding;
using static TechconnectEvent.UnitTests.Seeding.SeedingFixtures;

namespace TechconnectEvent.UnitTests.Seeding;

public sealed class DemoDataValidationTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, string> Defects => new()
    {
        // file, defect, text the error must contain (the entry at fault and the problem)
        { DemoDataFolder.ZonesFile, "bad colour", "zone #3 (AI): colour '#4A14' is not of the form #RRGGBB" },
        { DemoDataFolder.ZonesFile, "unknown type", "zone #4 (VT): eligibleTypes 'Institue' is not one of" },
        { DemoDataFolder.ZonesFile, "duplicate code", "zone #2 (SP): the code is used by an earlier zone" },
        { DemoDataFolder.ZonesFile, "missing vi", "zone #1 (SP): name needs both a Vietnamese (vi) and an English (en) text" },
        { DemoDataFolder.EditionFile, "misspelt property", "'thema'" },
        { DemoDataFolder.EditionFile, "dates reversed", "edition 2023: startDate must fall in the edition's year" },
        { DemoDataFolder.BoothsFile, "unknown zone", "block #1 (zone ZZ): zone 'ZZ' is not defined in zones.json" },
        { DemoDataFolder.BoothsFile, "overlap", "overlaps booth" },
        { DemoDataFolder.OrganizationsFile, "fictional unmarked", "organisation #21 (Tập đoàn Công nghệ Ánh Dương Phương Đông): a fictional organisation's names must end in '(hư cấu)'" },
        { DemoDataFolder.OrganizationsFile, "numeric type", "organisation #1 (Bộ Khoa học và Công nghệ): type '1024' is not one of" },
        { DemoDataFolder.OrganizationsFile, "syntax", "not valid demo data at line" },
    };

    [Theory]
    [MemberData(nameof(Defects))]
    public async Task Seed_DefectiveFile_NamesFileAndEntryAndWritesNothing(string file, string defect, string expected)
    {
        await using var database = await TestDatabase.CreateAsync();
        using var scratch = DemoDataScratch.CopyOfShippedData();
        Break(scratch, file, defect);

        var error = await Assert.ThrowsAsync<DemoDataException>(() => Seeder(database.Factory, scratch.Folder).SeedAsync(Token));

        Assert.Equal(file, error.File);
        Assert.StartsWith($"Demo data file {file}", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal((0, 0, 0, 0), await CountsAsync(database.Factory));
    }

    [Fact]
    public async Task Seed_MissingFile_SaysWhichAndWhere()
    {
        await using var database = await TestDatabase.CreateAsync();
        using var scratch = DemoDataScratch.CopyOfShippedData();
        File.Delete(scratch.PathOf(DemoDataFolder.BoothsFile));

        var error = await Assert.ThrowsAsync<DemoDataException>(() => Seeder(database.Factory, scratch.Folder).SeedAsync(Token));

        Assert.Equal($"Demo data file booths.json: not found in {scratch.Folder.Path}.", error.Message);
        Assert.Equal((0, 0, 0, 0), await CountsAsync(database.Factory));
    }

    private static void Break(DemoDataScratch scratch, string file, string defect)
    {
        if (defect == "syntax")
        {
            var text = File.ReadAllText(scratch.PathOf(file));
            scratch.Write(file, text.Replace("\"type\": \"GovernmentAgency\"", "\"type\" \"GovernmentAgency\"", StringComparison.Ordinal));
            return;
        }
        scratch.Edit(file, root =>
        {
            switch (defect)
            {
                case "bad colour": root["zones"]![2]!["colour"] = "#4A14"; break;
                case "unknown type": root["zones"]![3]!["eligibleTypes"] = new JsonArray("Institue"); break;
                case "duplicate code": root["zones"]![1]!["code"] = "SP"; break;
                case "missing vi": root["zones"]![0]!["name"]!["vi"] = "  "; break;
                case "misspelt property": root["thema"] = root["theme"]!.DeepClone(); break;
                case "dates reversed": root["endDate"] = "2023-09-28"; break;
                case "unknown zone": root["blocks"]![0]!["zone"] = "ZZ"; break;
                case "overlap": root["blocks"]![1]!["x"] = 20; break;
                case "fictional unmarked":
                    root["organizations"]![20]!["name"]!["vi"] = "Tập đoàn Công nghệ Ánh Dương Phương Đông";
                    break;
                case "numeric type": root["organizations"]![0]!["type"] = "1024"; break;
                default: throw new ArgumentOutOfRangeException(nameof(defect), defect, null);
            }
        });
    }
}
