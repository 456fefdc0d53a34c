using System.Text.Json;
using System.Text.Json.Serialization;

namespace TechconnectEvent.Web.Infrastructure.Data.Seeding;

/// <summary>Reads and validates the demo data files of a folder. Writes nothing.</summary>
internal static class DemoDataLoader
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        // A misspelt property name would otherwise be ignored silently and the value fall back to a default.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public static DemoData Load(DemoDataFolder folder)
    {
        var editionData = Read<EditionData>(folder, DemoDataFolder.EditionFile);
        var zonesData = Read<ZonesFile>(folder, DemoDataFolder.ZonesFile);
        var boothsData = Read<BoothsFile>(folder, DemoDataFolder.BoothsFile);
        var organizationsData = Read<OrganizationsFile>(folder, DemoDataFolder.OrganizationsFile);
        var applicationsData = Read<ApplicationsFile>(folder, DemoDataFolder.ApplicationsFile);
        var technologiesData = Read<TechnologiesFile>(folder, DemoDataFolder.TechnologiesFile);

        var edition = DemoDataValidation.ToEdition(editionData);
        var zones = DemoDataValidation.ToZones(zonesData);
        var booths = BoothLayout.Expand(boothsData, zones.Select(z => z.Code).ToHashSet(StringComparer.Ordinal));
        var organizations = DemoDataValidation.ToOrganizations(organizationsData);
        var applications = DemoExhibitors.ToApplications(applicationsData, organizations, zones);
        var allocations = DemoAllocations.Derive(zones, booths, applications, organizations);
        var technologies = DemoExhibitors.ToTechnologies(technologiesData, organizations);
        return new DemoData(edition, zones, boothsData.Hall, booths, organizations, applications, allocations, technologies);
    }

    /// <summary>One file of the folder, read with the demo data's strict options; a missing or malformed file names itself.</summary>
    internal static T Read<T>(DemoDataFolder folder, string fileName)
    {
        var path = Path.Combine(folder.Path, fileName);
        if (!File.Exists(path))
        {
            throw new DemoDataException(fileName, null, $"not found in {folder.Path}.");
        }
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<T>(stream, Options)
                ?? throw new DemoDataException(fileName, null, "the file holds null instead of an object.");
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1} ({e.Path})" : "";
            throw new DemoDataException(fileName, null, $"not valid demo data{where}: {e.Message}", e);
        }
    }
}
