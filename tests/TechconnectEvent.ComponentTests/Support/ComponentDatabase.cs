using Microsoft.EntityFrameworkCore;
using TechconnectEvent.Web.Features.Editions;
using TechconnectEvent.Web.Infrastructure.Data;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.ComponentTests.Support;

/// <summary>A migrated SQLite file for components that read through feature services.</summary>
public sealed class ComponentDatabase : IDbContextFactory<EventDbContext>, IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "tc-ct", Guid.NewGuid().ToString("N"));
    private readonly string connectionString;

    public ComponentDatabase()
    {
        Directory.CreateDirectory(directory);
        connectionString = $"Data Source={Path.Combine(directory, "ct.db")};Pooling=False";
        using var db = CreateDbContext();
        db.Database.Migrate();
    }

    public EventDbContext CreateDbContext() =>
        new(new DbContextOptionsBuilder<EventDbContext>().UseSqlite(connectionString).Options);

    public Edition AddEdition()
    {
        using var db = CreateDbContext();
        var edition = new Edition
        {
            Year = 2023,
            Name = new LocalizedText("Kết nối công nghệ và Đổi mới sáng tạo Việt Nam 2023", "Techconnect and Innovation Vietnam 2023"),
            Theme = new LocalizedText("Đổi mới sáng tạo – Phát triển bền vững", "Innovation – Sustainable Development"),
            Venue = new LocalizedText("Thành phố Hạ Long", "Ha Long city"),
            Province = new LocalizedText("Quảng Ninh", "Quang Ninh"),
            StartDate = new DateOnly(2023, 9, 29),
            EndDate = new DateOnly(2023, 9, 30),
            IsCurrent = true,
        };
        db.Editions.Add(edition);
        db.SaveChanges();
        return edition;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }
}
