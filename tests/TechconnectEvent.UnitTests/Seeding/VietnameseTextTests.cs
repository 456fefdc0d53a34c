using System.Text;
using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Zones;
using TechconnectEvent.Web.Infrastructure.Data.Seeding;
using static TechconnectEvent.UnitTests.Seeding.SeedingFixtures;

namespace TechconnectEvent.UnitTests.Seeding;

public sealed class VietnameseTextTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Seed_ShippedData_EveryTextComesBackFromTheDatabaseExactlyAndInNfc()
    {
        await using var database = await TestDatabase.CreateAsync();
        var expected = DemoDataLoader.Load(DemoDataFolder.Default);

        await Seeder(database.Factory).SeedAsync(Token);

        await using var db = database.CreateContext();
        var edition = await db.Editions.SingleAsync(e => e.Year == expected.Edition.Year, Token);
        Assert.Equal(expected.Edition.Theme, edition.Theme);
        Assert.Equal(expected.Edition.Name, edition.Name);
        Assert.Equal(expected.Zones.Select(z => z.Name), await db.Zones.Where(z => z.EditionId == edition.Id).OrderBy(z => z.SortOrder).Select(z => z.Name).ToListAsync(Token));
        var organizations = await db.Organizations.ToListAsync(Token);
        Assert.Equal(
            expected.Organizations.Select(o => (o.Name.Vi, o.Name.En, o.Province)).Order(),
            organizations.Select(o => (o.Name.Vi, o.Name.En, o.Province)).Order());
        var texts = new[] { edition.Name.Vi, edition.Theme.Vi, edition.Venue.Vi, edition.Province.Vi }
            .Concat(organizations.Select(o => o.Name.Vi)).Concat(organizations.Select(o => o.Province ?? ""));
        Assert.All(texts, t => Assert.True(t.IsNormalized(NormalizationForm.FormC), t));
    }

    [Fact]
    public async Task Seed_FileSavedWithDecomposedAccents_StoresNfc()
    {
        await using var database = await TestDatabase.CreateAsync();
        using var scratch = DemoDataScratch.CopyOfShippedData();
        const string theme = "Đổi mới sáng tạo – Phát triển bền vững";
        const string zone = "Khu công nghệ trí tuệ nhân tạo";
        Assert.NotEqual(theme, theme.Normalize(NormalizationForm.FormD));
        scratch.Edit(DemoDataFolder.EditionFile, root => root["theme"]!["vi"] = theme.Normalize(NormalizationForm.FormD));
        scratch.Edit(DemoDataFolder.ZonesFile, root => root["zones"]![2]!["name"]!["vi"] = zone.Normalize(NormalizationForm.FormD));

        await Seeder(database.Factory, scratch.Folder).SeedAsync(Token);

        await using var db = database.CreateContext();
        var edition = await db.Editions.SingleAsync(e => e.Year == 2023, Token);
        Assert.Equal(theme, edition.Theme.Vi);
        Assert.Equal(zone, (await db.Zones.SingleAsync(z => z.Code == "AI" && z.EditionId == edition.Id, Token)).Name.Vi);
    }

    [Fact]
    public void ShippedFiles_AreStoredInNfc()
    {
        foreach (var file in Directory.GetFiles(DemoDataFolder.Default.Path, "*.json", SearchOption.AllDirectories))
        {
            Assert.True(File.ReadAllText(file, Encoding.UTF8).IsNormalized(NormalizationForm.FormC), file);
        }
    }

    [Fact]
    public void ShippedZoneColours_AreReadable_WhiteTextOnZonesBlackTextOnDemonstrationAreas()
    {
        var zones = DemoDataLoader.Load(DemoDataFolder.Default).Zones;

        Assert.All(zones, z =>
        {
            var l = RelativeLuminance(z.Colour);
            var contrast = z.Kind == ZoneKind.FunctionalZone ? 1.05 / (l + 0.05) : (l + 0.05) / 0.05;
            Assert.True(contrast >= 4.5, $"{z.Code} {z.Colour}: contrast {contrast:0.00} is below 4.5:1");
        });
    }

    private static double RelativeLuminance(string colour)
    {
        double Channel(int offset)
        {
            var c = Convert.ToInt32(colour.Substring(offset, 2), 16) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(1) + 0.7152 * Channel(3) + 0.0722 * Channel(5);
    }
}
