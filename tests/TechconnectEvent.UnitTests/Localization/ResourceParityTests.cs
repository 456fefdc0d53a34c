using System.Text.RegularExpressions;
using System.Xml.Linq;
using TechconnectEvent.UnitTests.Support;

namespace TechconnectEvent.UnitTests.Localization;

public sealed partial class ResourceParityTests
{
    private static readonly string ResourcesFolder = Path.Combine(RepositoryPaths.WebProject, "Resources");

    private static Dictionary<string, string> Load(string file) =>
        XDocument.Load(Path.Combine(ResourcesFolder, file)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")?.Value ?? "");

    [Fact]
    public void EveryKey_ExistsInBothLanguages()
    {
        var english = Load("SharedResource.resx");
        var vietnamese = Load("SharedResource.vi.resx");

        Assert.Empty(english.Keys.Except(vietnamese.Keys).Order());
        Assert.Empty(vietnamese.Keys.Except(english.Keys).Order());
    }

    [Fact]
    public void NoTranslation_IsEmpty()
    {
        var empty = Load("SharedResource.resx").Concat(Load("SharedResource.vi.resx"))
            .Where(pair => string.IsNullOrWhiteSpace(pair.Value))
            .Select(pair => pair.Key);

        Assert.Empty(empty);
    }

    [Fact]
    public void PlaceholderCounts_MatchBetweenLanguages()
    {
        var english = Load("SharedResource.resx");
        var vietnamese = Load("SharedResource.vi.resx");

        var mismatched = english.Keys.Intersect(vietnamese.Keys)
            .Where(key => Placeholders(english[key]) != Placeholders(vietnamese[key]));

        Assert.Empty(mismatched);
    }

    [Fact]
    public void EveryLiteralKeyUsedInTheCode_HasAResource()
    {
        var keys = Load("SharedResource.resx").Keys.ToHashSet(StringComparer.Ordinal);
        var sources = Directory.EnumerateFiles(RepositoryPaths.WebProject, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

        var missing = sources
            .SelectMany(file => LiteralKey().Matches(File.ReadAllText(file)).Select(m => $"{Path.GetFileName(file)}: {m.Groups[1].Value}"))
            .Where(entry => !keys.Contains(entry[(entry.IndexOf(": ", StringComparison.Ordinal) + 2)..]))
            .Distinct()
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void VietnameseResources_AreWrittenWithDiacritics()
    {
        var vietnamese = Load("SharedResource.vi.resx");

        Assert.Equal("Đăng nhập", vietnamese["Login.Title"]);
        Assert.True(vietnamese.Values.Count(v => v.Any(c => c > 127)) > vietnamese.Count / 2,
            "Most Vietnamese strings carry diacritics; a resource file without them was probably written in English.");
    }

    private static int Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).Distinct().Count();

    [GeneratedRegex(@"\bL\[""([A-Za-z]+\.[A-Za-z0-9.]+)""")]
    private static partial Regex LiteralKey();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
