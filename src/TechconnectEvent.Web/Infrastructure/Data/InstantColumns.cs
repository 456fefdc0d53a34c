using Microsoft.EntityFrameworkCore.Migrations;

namespace TechconnectEvent.Web.Infrastructure.Data;

/// <summary>
/// Moves stored instants between EF's DateTimeOffsetToBinaryConverter encoding (the first schema) and UTC ticks
/// (<see cref="UtcTicksConverter"/>). The old encoding keeps the local clock's ticks divided by 1,000 in the high
/// bits and the offset in minutes, as an 11-bit two's-complement number, in the low 11 bits.
/// </summary>
internal static class InstantColumns
{
    /// <summary>Every column that holds a DateTimeOffset, as (table, column).</summary>
    public static readonly IReadOnlyList<(string Table, string Column)> All =
    [
        ("AspNetUsers", "LockoutEnd"),
        ("AuditLog", "At"),
        ("BoothAllocations", "AllocatedAt"),
        ("Booths", "HeldUntil"),
        ("ExhibitorApplications", "SubmittedAt"),
        ("ExhibitorApplications", "DecidedAt"),
    ];

    private const long TicksPerMinute = TimeSpan.TicksPerMinute;

    public static void ToUtcTicks(MigrationBuilder migrationBuilder)
    {
        foreach (var (table, column) in All)
        {
            var c = $"\"{column}\"";
            // Sign-extends the 11-bit offset by hand: SQLite has no XOR to do it with a mask.
            var offsetMinutes = $"(CASE WHEN ({c} & 1024) <> 0 THEN ({c} & 2047) - 2048 ELSE ({c} & 2047) END)";
            migrationBuilder.Sql(
                $"UPDATE \"{table}\" SET {c} = ({c} >> 11) * 1000 - {offsetMinutes} * {TicksPerMinute} WHERE {c} IS NOT NULL;");
        }
    }

    /// <summary>Back to the old encoding, every instant at offset zero (the offsets are not kept any more).</summary>
    public static void ToLegacyBinary(MigrationBuilder migrationBuilder)
    {
        foreach (var (table, column) in All)
        {
            var c = $"\"{column}\"";
            migrationBuilder.Sql($"UPDATE \"{table}\" SET {c} = ({c} / 1000) << 11 WHERE {c} IS NOT NULL;");
        }
    }
}
