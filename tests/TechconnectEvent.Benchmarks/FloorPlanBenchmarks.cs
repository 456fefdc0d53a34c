using System.Globalization;
using BenchmarkDotNet.Attributes;
using FloorPlanComponent = TechconnectEvent.Web.Features.FloorPlan.Components.FloorPlan;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.JSInterop;
using TechconnectEvent.Web.Features.Allocation;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Exhibitors;
using TechconnectEvent.Web.Features.FloorPlan;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data.Seeding;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.Benchmarks;

/// <summary>
/// The organiser's plan for the demo edition (228 booths, most allocated to an organisation): the query, and
/// the server-side render of the plan component's markup. Target: ≤ 200 ms together.
/// </summary>
[MemoryDiagnoser]
public class FloorPlanBenchmarks
{
    private string directory = null!;
    private FileFactory dbFactory = null!;
    private FloorPlanQuery query = null!;
    private ServiceProvider services = null!;
    private HtmlRenderer renderer = null!;
    private FloorPlanData plan = null!;
    private int editionId;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("vi-VN");
        directory = Path.Combine(Path.GetTempPath(), "tc-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        dbFactory = new FileFactory($"Data Source={Path.Combine(directory, "bench.db")}");
        await using (var db = dbFactory.CreateDbContext())
        {
            await db.Database.MigrateAsync();
        }
        await new DemoSeeder(dbFactory, DemoDataFolder.Default, NullLogger<DemoSeeder>.Instance).SeedAsync();
        editionId = await AllocateDemoBoothsAsync();

        query = new FloorPlanQuery(dbFactory, new EditionService(dbFactory, TimeProvider.System, FixedActor.System), TimeProvider.System);
        plan = (await query.ForEditionAsync(editionId))!;

        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddProductLocalization();
        collection.AddSingleton<IJSRuntime, NoJsRuntime>();
        services = collection.BuildServiceProvider();
        renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await renderer.DisposeAsync();
        await services.DisposeAsync();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS.
        }
    }

    [Benchmark]
    public async Task<int> Query() => (await query.ForEditionAsync(editionId))!.Booths.Count;

    [Benchmark]
    public Task<int> RenderMarkup() => RenderAsync(plan);

    [Benchmark]
    public async Task<int> QueryAndRender() => await RenderAsync((await query.ForEditionAsync(editionId))!);

    private Task<int> RenderAsync(FloorPlanData data) => renderer.Dispatcher.InvokeAsync(async () =>
    {
        var output = await renderer.RenderComponentAsync<FloorPlanComponent>(ParameterView.FromDictionary(new Dictionary<string, object?>
        {
            [nameof(FloorPlanComponent.Plan)] = data,
            [nameof(FloorPlanComponent.SelectedBoothId)] = data.Booths[10].Id,
        }));
        return output.ToHtmlString().Length;
    });

    /// <summary>Every booth the demo marks Allocated goes to an organisation, round robin, as allocation would.</summary>
    private async Task<int> AllocateDemoBoothsAsync()
    {
        await using var db = dbFactory.CreateDbContext();
        var edition = await db.Editions.SingleAsync();
        var organizations = await db.Organizations.OrderBy(o => o.Id).ToListAsync();
        var applications = organizations.Select(o => new ExhibitorApplication { EditionId = edition.Id, OrganizationId = o.Id }).ToList();
        applications.ForEach(a => a.Restore(ApplicationStatus.Allocated, null, DateTimeOffset.UnixEpoch));
        db.ExhibitorApplications.AddRange(applications);
        await db.SaveChangesAsync();
        var booths = await db.Booths.Where(b => b.Status == BoothStatus.Allocated).OrderBy(b => b.Id).ToListAsync();
        for (var index = 0; index < booths.Count; index++)
        {
            var application = applications[index % applications.Count];
            db.BoothAllocations.Add(new BoothAllocation { EditionId = edition.Id, BoothId = booths[index].Id, ApplicationId = application.Id, OrganizationId = application.OrganizationId });
        }
        await db.SaveChangesAsync();
        return edition.Id;
    }

    /// <summary>Server-side prerendering never calls JavaScript; the component only asks for it after render.</summary>
    private sealed class NoJsRuntime : IJSRuntime
    {
        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) => throw new NotSupportedException();

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) => throw new NotSupportedException();
    }
}
