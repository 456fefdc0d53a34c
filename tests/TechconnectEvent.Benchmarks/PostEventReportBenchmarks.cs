using System.Globalization;
using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Features.Forum.Attendance;
using TechconnectEvent.Web.Features.Reports;
using TechconnectEvent.Web.Features.Reports.PostEvent;
using TechconnectEvent.Web.Infrastructure.Auditing;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Data.Seeding;
using TechconnectEvent.Web.Infrastructure.Localization;
using TechconnectEvent.Web.Infrastructure.Pdf;
using TechconnectEvent.Web.Resources;

namespace TechconnectEvent.Benchmarks;

/// <summary>
/// The post-event report of a whole fair: the demo 2023 edition (and its predecessors, for the comparison chapter) filled
/// by <c>demo generate --full</c> — 10,000 registrations with their gate check-ins over two days, 250 booths, 60 sessions
/// with door attendance, 300 meetings and 20 MoUs — counted and drawn to a PDF. Target: ≤ 5 s and ≤ 500 MB.
/// </summary>
[MemoryDiagnoser]
public class PostEventReportBenchmarks
{
    private string directory = null!;
    private PostEventFigureQuery figures = null!;
    private PostEventReport report = null!;
    private ServiceProvider services = null!;
    private int editionId;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("vi-VN");
        directory = Path.Combine(Path.GetTempPath(), "tc-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var dbFactory = new FileFactory($"Data Source={Path.Combine(directory, "bench.db")}");
        await using (var db = dbFactory.CreateDbContext())
        {
            await db.Database.MigrateAsync();
        }
        await new DemoSeeder(dbFactory, DemoDataFolder.Default, NullLogger<DemoSeeder>.Instance).SeedAsync();
        var clock = TimeProvider.System;
        var editions = new EditionService(dbFactory, clock, FixedActor.System);
        var audit = new AuditTrail(clock);
        var generated = await new FairGenerator(dbFactory, editions, new DelegateGenerator(dbFactory, editions, audit, clock), audit, clock)
            .GenerateAsync(new FairOptions(FairOptions.DefaultDelegates, 2023));
        if (generated.Outcome != FairGenerationOutcome.Generated)
        {
            throw new InvalidOperationException($"The fair could not be generated: {generated.Outcome}.");
        }
        editionId = (await editions.GetCurrentAsync())!.Id;

        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddProductLocalization();
        services = collection.BuildServiceProvider();
        figures = new PostEventFigureQuery(dbFactory, new ZoneBoothCounts(dbFactory, clock), new SessionAudience(dbFactory), clock);
        report = new PostEventReport(figures, services.GetRequiredService<IStringLocalizer<SharedResource>>(), new PdfFontProvider());
        var totals = (await figures.ComputeAsync(editionId))!;
        Console.WriteLine($"// Fair: {totals.Attendance.Registered:N0} registered, {totals.Attendance.Admissions:N0} gate admissions, "
            + $"{totals.Exhibition.Booths} booths, {totals.Forum.SessionsHeld} sessions, {totals.Connections.Meetings} meetings, {totals.Connections.MousSigned} MoUs signed.");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    [Benchmark]
    public async Task<int> Figures() => (await figures.ComputeAsync(editionId))!.Attendance.CheckedIn;

    [Benchmark]
    public async Task<long> ReportPdf()
    {
        await using var output = new CountingStream();
        await report.WriteAsync(editionId, output, report: null, CancellationToken.None);
        return output.Length;
    }

    /// <summary>Counts the bytes written and keeps none, so the measurement is the report's, not a buffer's.</summary>
    private sealed class CountingStream : Stream
    {
        private long length;
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => length;
        public override long Position { get => length; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => length += count;
    }
}

/// <summary>Contexts on one SQLite file with the app's pragmas (WAL), as the app opens them.</summary>
internal sealed class FileFactory(string connectionString) : IDbContextFactory<EventDbContext>
{
    public EventDbContext CreateDbContext() => new(new DbContextOptionsBuilder<EventDbContext>()
        .UseSqlite(connectionString).AddInterceptors(new SqlitePragmaInterceptor()).Options);
}
