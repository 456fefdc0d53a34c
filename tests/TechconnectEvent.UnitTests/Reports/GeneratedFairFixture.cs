using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using TechconnectEvent.UnitTests.Pdf;
using TechconnectEvent.UnitTests.Seeding;
using TechconnectEvent.Web.Features.Booths;
using TechconnectEvent.Web.Features.CheckIns;
using TechconnectEvent.Web.Features.Connections;
using TechconnectEvent.Web.Features.Forum;
using TechconnectEvent.Web.Features.Forum.Attendance;
using TechconnectEvent.Web.Features.Registrations;
using TechconnectEvent.Web.Features.Reports;
using TechconnectEvent.Web.Features.Reports.PostEvent;
using TechconnectEvent.Web.Infrastructure.Data.Seeding;

namespace TechconnectEvent.UnitTests.Reports;

/// <summary>
/// One generated fair shared by the class (generation takes seconds): a small 2023 fair, nudged afterwards so that every
/// exclusion the report makes has a row to exclude, and a 2022 edition with a few admissions so that the comparison has
/// something to compare and a leak across editions would show.
/// </summary>
public sealed class GeneratedFairFixture : IAsyncLifetime
{
    // Enough delegates for four-digit admissions, so the thousands separator of each language is printed and checked.
    private static readonly FairOptions Options = new(Delegates: 1200, Seed: 12, Booths: 40, Sessions: 10, Meetings: 30, Mous: 5);

    public TestDatabase Database { get; } = TestDatabase.Create();
    public int EditionId { get; private set; }
    public int PreviousEditionId { get; private set; }

    /// <summary>After the fair, so nothing of it is still to come.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2023, 10, 2, 3, 0, 0, TimeSpan.Zero));

    public PostEventFigures Figures { get; private set; } = null!;
    public byte[] VietnamesePdf { get; private set; } = [];
    public byte[] EnglishPdf { get; private set; } = [];

    public PostEventFigureQuery Query => new(Database.Factory, new ZoneBoothCounts(Database.Factory, Clock), new SessionAudience(Database.Factory), Clock);

    public async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        PreviousEditionId = await AddPreviousEditionAsync(cancellationToken);
        EditionId = FairGeneratorTests.PrepareEdition(Database);
        var result = await FairGeneratorTests.Generator(Database).GenerateAsync(Options, cancellationToken: cancellationToken);
        Assert.Equal(FairGenerationOutcome.Generated, result.Outcome);
        await NudgeAsync(cancellationToken);
        Figures = await Query.ComputeAsync(EditionId, cancellationToken) ?? throw new InvalidOperationException("The generated edition is missing.");
        VietnamesePdf = await RenderAsync("vi-VN", cancellationToken);
        EnglishPdf = await RenderAsync("en-US", cancellationToken);
    }

    /// <summary>Through the same entry point as the endpoint and the background job, in the culture the request would set.</summary>
    private async Task<byte[]> RenderAsync(string cultureName, CancellationToken cancellationToken)
    {
        var (ui, format) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(cultureName);
        try
        {
            using var buffer = new MemoryStream();
            await new PostEventReport(Query, PostEventTestSupport.Localizer, PdfTestSupport.Fonts).WriteAsync(EditionId, buffer, null, cancellationToken);
            return buffer.ToArray();
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
            CultureInfo.CurrentCulture = format;
        }
    }

    private async Task<int> AddPreviousEditionAsync(CancellationToken cancellationToken)
    {
        var edition = Database.AddEdition(2022, isCurrent: false);
        await using var db = Database.CreateDbContext();
        var categories = RegistrationCategoryDefaults.For(edition.Id).ToList();
        db.RegistrationCategories.AddRange(categories);
        var gate = ScanPointDefaults.MainGate(edition.Id);
        db.ScanPoints.Add(gate);
        await db.SaveChangesAsync(cancellationToken);
        var people = Enumerable.Range(1, 3).Select(n => new Registration
        {
            EditionId = edition.Id, CategoryId = categories[0].Id, FullName = $"Khách năm trước {n}", Status = RegistrationStatus.Confirmed,
            BadgeCode = $"P2022-{n}", ManagementTokenHash = $"P2022-{n}",
        }).ToList();
        db.Registrations.AddRange(people);
        await db.SaveChangesAsync(cancellationToken);
        db.CheckIns.AddRange(people.Take(2).Select(p => new CheckIn
        {
            EditionId = edition.Id, RegistrationId = p.Id, ScanPointId = gate.Id, Scope = CheckIn.FairEntry, DayIndex = 0,
            At = new DateTimeOffset(2022, 9, 29, 2, 0, 0, TimeSpan.Zero),
        }));
        await db.SaveChangesAsync(cancellationToken);
        return edition.Id;
    }

    /// <summary>The generator writes only what counts; these rows must be left out (or kept) by the report's own rules.</summary>
    private async Task NudgeAsync(CancellationToken cancellationToken)
    {
        await using var db = Database.CreateDbContext();
        var editionId = EditionId;
        // Admitted, then cancelled: no longer registered, yet still one of the people who came in.
        var admitted = await db.CheckIns.Where(c => c.EditionId == editionId && c.Scope == CheckIn.FairEntry)
            .OrderBy(c => c.Id).Select(c => c.RegistrationId).FirstAsync(cancellationToken);
        await db.Registrations.Where(r => r.Id == admitted)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RegistrationStatus.Cancelled), cancellationToken);
        var held = await db.Meetings.Where(m => m.EditionId == editionId && m.Status == MeetingStatus.Held)
            .OrderBy(m => m.Id).Select(m => m.Id).FirstAsync(cancellationToken);
        await db.Meetings.Where(m => m.Id == held)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, MeetingStatus.Cancelled), cancellationToken);
        var mous = await db.Mous.Where(m => m.EditionId == editionId).OrderBy(m => m.Id).Select(m => m.Id).Take(2).ToListAsync(cancellationToken);
        await db.Mous.Where(m => m.Id == mous[0]).ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, MouStatus.Exchanged), cancellationToken);
        await db.Mous.Where(m => m.Id == mous[1]).ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, MouStatus.Prepared), cancellationToken);
        var free = await db.Booths.Where(b => b.EditionId == editionId && b.Status == BoothStatus.Available)
            .OrderBy(b => b.Id).Select(b => b.Id).FirstAsync(cancellationToken);
        await db.Booths.Where(b => b.Id == free).ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, BoothStatus.Blocked), cancellationToken);
        // A session that had an audience, then cancelled: its door admissions no longer count as forum attendance.
        var doors = await db.ScanPoints.Where(p => p.EditionId == editionId && p.SessionId != null).Select(p => p.Id).ToListAsync(cancellationToken);
        var attendedDoor = await db.CheckIns.Where(c => doors.Contains(c.Scope)).OrderBy(c => c.Id).Select(c => c.Scope).FirstAsync(cancellationToken);
        var session = await db.ScanPoints.Where(p => p.Id == attendedDoor).Select(p => p.SessionId!.Value).SingleAsync(cancellationToken);
        await db.ForumSessions.Where(s => s.Id == session)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, SessionStatus.Cancelled), cancellationToken);
    }

    public async ValueTask DisposeAsync() => await Database.DisposeAsync();
}
