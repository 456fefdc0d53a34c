using System.Text.Json.Nodes;
using TechconnectEvent.Web.Infrastructure.Data.Seeding;

namespace TechconnectEvent.UnitTests.Seeding;

/// <summary>A temporary copy of the shipped demo data files that a test may change.</summary>
public sealed class DemoDataScratch : IDisposable
{
    private DemoDataScratch(string path) => Folder = new DemoDataFolder(path);

    public DemoDataFolder Folder { get; }

    public static DemoDataScratch CopyOfShippedData()
    {
        var path = Path.Combine(Path.GetTempPath(), "tc-demo", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        foreach (var file in Directory.GetFiles(DemoDataFolder.Default.Path, "*.json"))
        {
            File.Copy(file, Path.Combine(path, Path.GetFileName(file)));
        }
        return new DemoDataScratch(path);
    }

    public string PathOf(string fileName) => Path.Combine(Folder.Path, fileName);

    /// <summary>Parses a file, lets the test change the tree, and writes it back.</summary>
    public void Edit(string fileName, Action<JsonNode> change)
    {
        var node = JsonNode.Parse(File.ReadAllText(PathOf(fileName)))!;
        change(node);
        File.WriteAllText(PathOf(fileName), node.ToJsonString());
    }

    public void Write(string fileName, string text) => File.WriteAllText(PathOf(fileName), text);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder.Path, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }
}
