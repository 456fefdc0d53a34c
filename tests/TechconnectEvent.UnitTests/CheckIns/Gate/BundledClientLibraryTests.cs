using System.Text.Json;
using TechconnectEvent.UnitTests.Support;

namespace TechconnectEvent.UnitTests.CheckIns.Gate;

/// <summary>Browser code comes from the app itself: the QR reader is bundled, and no page or script names a CDN.</summary>
public sealed class BundledClientLibraryTests
{
    private static readonly string[] CdnHosts =
    [
        "jsdelivr.net", "unpkg.com", "cdnjs.cloudflare.com", "ajax.googleapis.com", "fonts.googleapis.com", "code.jquery.com",
        "stackpath.bootstrapcdn.com", "cdn.skypack.dev", "esm.sh",
    ];

    [Fact]
    public void TheBundledReader_IsThePinnedVersion_WithItsWasmAndLicence()
    {
        var folder = Path.Combine(RepositoryPaths.WebProject, "wwwroot", "lib", "zxing-wasm");
        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.WebProject, "ClientLib", "package.json")));
        var pinned = package.RootElement.GetProperty("devDependencies").GetProperty("zxing-wasm").GetString();

        // A version bump without `npm run bundle` would leave the old files served.
        Assert.Equal($"zxing-wasm {pinned}", File.ReadAllText(Path.Combine(folder, "VERSION")).Trim());
        Assert.Contains("MIT", File.ReadAllText(Path.Combine(folder, "LICENSE")), StringComparison.Ordinal);
        Assert.Contains("prepareZXingModule", File.ReadAllText(Path.Combine(folder, "zxing-reader.iife.js")), StringComparison.Ordinal);
        Assert.Equal("\0asm"u8.ToArray(), File.ReadAllBytes(Path.Combine(folder, "zxing_reader.wasm"))[..4]);
    }

    [Fact]
    public void NoPageOrScriptOfTheApp_ReferencesACdnHost()
    {
        var lib = Path.Combine(RepositoryPaths.WebProject, "wwwroot", "lib") + Path.DirectorySeparatorChar;
        var skipped = new[] { "bin", "obj", "node_modules", "ClientLib" }.Select(d => Path.DirectorySeparatorChar + d + Path.DirectorySeparatorChar).ToArray();
        var files = Directory.EnumerateFiles(RepositoryPaths.WebProject, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".js", StringComparison.Ordinal)
                || f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            // The bundled library names its default CDN, which the gate page overrides; it is checked by TheGateModule_LoadsTheWasmFromTheApp.
            .Where(f => !f.StartsWith(lib, StringComparison.Ordinal) && !skipped.Any(s => f.Contains(s, StringComparison.Ordinal)))
            .ToList();

        Assert.Contains(files, f => f.EndsWith("GatePage.razor.js", StringComparison.Ordinal));
        Assert.All(files, file =>
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain(CdnHosts, host => text.Contains(host, StringComparison.OrdinalIgnoreCase));
        });
    }

    [Fact]
    public void TheGateModule_LoadsTheReaderAndItsWasmFromTheApp()
    {
        var module = File.ReadAllText(Path.Combine(RepositoryPaths.WebProject, "Features", "CheckIns", "Gate", "GatePage.razor.js"));

        Assert.Contains("\"/lib/zxing-wasm/\"", module, StringComparison.Ordinal);
        Assert.Contains("\"zxing-reader.iife.js\"", module, StringComparison.Ordinal);
        Assert.Contains("locateFile", module, StringComparison.Ordinal);
    }
}
