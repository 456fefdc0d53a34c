using System.Data.Common;
using TechconnectEvent.Web.Features.Registrations;
using TechconnectEvent.Web.Infrastructure.Localization;

namespace TechconnectEvent.Web.Features.CheckIns.Scanning;

/// <summary>
/// The SQL of one writer transaction: gathers the facts of each scan, asks <see cref="CheckInRules"/>, and writes the
/// admission (an insert that does nothing when the unique index already holds one) and the log row. Plain SQL with
/// quoted identifiers that SQLite and PostgreSQL read alike; the commands are prepared once per batch.
/// </summary>
internal sealed class ScanBatch(DbConnection connection, DbTransaction transaction, bool sqlite) : IAsyncDisposable
{
    private const string BadgeColumns =
        "r.\"Id\", r.\"EditionId\", r.\"Status\", r.\"DaysMask\", r.\"FullName\", r.\"OrganizationName\", " +
        "c.\"Code\", c.\"Name_Vi\", c.\"Name_En\", c.\"Colour\" " +
        "FROM \"Registrations\" r JOIN \"RegistrationCategories\" c ON c.\"Id\" = r.\"CategoryId\" ";

    private readonly Dictionary<int, ScanPointRow?> scanPoints = [];
    private readonly Dictionary<string, DbCommand> commands = new(StringComparer.Ordinal);

    /// <summary>Judges and records one scan; null when its scan point does not exist (nothing is written).</summary>
    public async Task<ScanOutcome?> JudgeAsync(ScanRequest request, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        var point = await ScanPointAsync(request.ScanPointId, cancellationToken);
        if (point is null)
        {
            return null;
        }
        var nonceKey = NonceKey(request);
        if (nonceKey is not null && await ReplayAsync(nonceKey, point, cancellationToken) is { } replayed)
        {
            return replayed;
        }

        var scannedAt = request.ScannedAt ?? receivedAt;
        var code = BadgeCodes.Normalize(request.Code);
        var normalized = BadgeCodes.IsWellFormed(code) ? code : null;
        var badge = normalized is null ? null : await BadgeAsync("WHERE r.\"BadgeCode\" = @p0", normalized, cancellationToken);
        var retired = normalized is not null && badge is null && await IsRetiredAsync(normalized, cancellationToken);
        var decision = CheckInRules.Decide(new CheckInRules.Facts(normalized, badge?.Facts, retired, point.Edition, point.Facts, scannedAt));

        var verdict = new ScanVerdict(decision.Status, decision.Reason);
        long? checkInId = null;
        if (badge is not null && badge.Facts.EditionId == point.Edition.Id)
        {
            verdict = badge.Describe(verdict);
        }
        if (decision.Admits && badge is not null)
        {
            checkInId = await InsertCheckInAsync(request, point, badge.Facts.RegistrationId, decision, scannedAt, cancellationToken);
            if (checkInId is null)
            {
                var first = await FirstCheckInAsync(badge.Facts.RegistrationId, decision.Scope, decision.DayIndex, cancellationToken);
                checkInId = first.Id;
                verdict = verdict with
                {
                    Status = ScanStatus.AlreadyCheckedIn,
                    FirstCheckInAt = first.At,
                    FirstScanPointId = first.ScanPointId,
                    FirstScanPointName = first.ScanPointName,
                };
            }
            else
            {
                verdict = verdict with { FirstCheckInAt = scannedAt, FirstScanPointId = point.Facts.Id, FirstScanPointName = point.Name };
            }
        }
        await InsertScanAsync(request, point, scannedAt, receivedAt, normalized ?? request.Code, badge?.Facts.RegistrationId,
            verdict, checkInId, nonceKey, cancellationToken);
        return new ScanOutcome(verdict, point.Edition.Id, verdict.Status == ScanStatus.CheckedIn);
    }

    public static string? NonceKey(ScanRequest request)
    {
        if (string.IsNullOrEmpty(request.Nonce))
        {
            return null;
        }
        var who = request.DeviceId is { } device ? $"d{device}" : $"u{request.StaffUserId}";
        return $"{who}:{request.Nonce}";
    }

    private async Task<ScanOutcome?> ReplayAsync(string nonceKey, ScanPointRow point, CancellationToken cancellationToken)
    {
        var command = Command("nonce",
            "SELECT \"Status\", \"Reason\", \"RegistrationId\", \"CheckInId\" FROM \"ScanLog\" WHERE \"NonceKey\" = @p0", 1);
        command.Parameters[0].Value = nonceKey;
        ScanStatus status;
        ScanReason reason;
        int? registrationId;
        long? checkInId;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }
            status = Enum.Parse<ScanStatus>(reader.GetString(0));
            reason = Enum.Parse<ScanReason>(reader.GetString(1));
            registrationId = reader.IsDBNull(2) ? null : reader.GetInt32(2);
            checkInId = reader.IsDBNull(3) ? null : reader.GetInt64(3);
        }
        var verdict = new ScanVerdict(status, reason);
        if (registrationId is { } id && await BadgeAsync("WHERE r.\"Id\" = @p0", id, cancellationToken) is { } badge
            && badge.Facts.EditionId == point.Edition.Id)
        {
            verdict = badge.Describe(verdict);
        }
        if (checkInId is { } admission && await CheckInAsync(admission, cancellationToken) is { } first)
        {
            verdict = verdict with { FirstCheckInAt = first.At, FirstScanPointId = first.ScanPointId, FirstScanPointName = first.ScanPointName };
        }
        // A replay changes nothing, so it admits nobody new.
        return new ScanOutcome(verdict, point.Edition.Id, Admitted: false);
    }

    private async Task<ScanPointRow?> ScanPointAsync(int id, CancellationToken cancellationToken)
    {
        if (scanPoints.TryGetValue(id, out var known))
        {
            return known;
        }
        var command = Command("point",
            "SELECT sp.\"EditionId\", sp.\"Kind\", sp.\"IsClosed\", sp.\"Name\", e.\"StartDate\", e.\"EndDate\", e.\"TimeZoneId\" " +
            "FROM \"ScanPoints\" sp JOIN \"Editions\" e ON e.\"Id\" = sp.\"EditionId\" WHERE sp.\"Id\" = @p0", 1);
        command.Parameters[0].Value = id;
        ScanPointRow? row = null;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken))
            {
                var edition = new CheckInRules.ScanEdition(reader.GetInt32(0), reader.GetFieldValue<DateOnly>(4),
                    reader.GetFieldValue<DateOnly>(5), reader.GetString(6));
                row = new ScanPointRow(new CheckInRules.ScanPointFacts(id, Enum.Parse<ScanPointKind>(reader.GetString(1)), reader.GetBoolean(2)),
                    reader.GetString(3), edition);
            }
        }
        scanPoints[id] = row;
        return row;
    }

    private async Task<BadgeRow?> BadgeAsync(string where, object key, CancellationToken cancellationToken)
    {
        var command = Command("badge:" + where, "SELECT " + BadgeColumns + where, 1);
        command.Parameters[0].Value = key;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }
        return new BadgeRow(
            new CheckInRules.BadgeFacts(reader.GetInt32(0), reader.GetInt32(1), Enum.Parse<RegistrationStatus>(reader.GetString(2)), reader.GetInt32(3)),
            reader.GetString(4),
            reader.IsDBNull(5) ? null : reader.GetString(5),
            reader.GetString(6),
            new LocalizedText(reader.GetString(7), reader.GetString(8)),
            reader.IsDBNull(9) ? null : reader.GetString(9));
    }

    private async Task<bool> IsRetiredAsync(string code, CancellationToken cancellationToken)
    {
        var command = Command("retired", "SELECT 1 FROM \"RetiredBadgeCodes\" WHERE \"Code\" = @p0", 1);
        command.Parameters[0].Value = code;
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    private async Task<long?> InsertCheckInAsync(ScanRequest request, ScanPointRow point, int registrationId,
        CheckInRules.Decision decision, DateTimeOffset at, CancellationToken cancellationToken)
    {
        // The unique index (RegistrationId, Scope, DayIndex) decides: of two scans of one badge, one inserts, the
        // other inserts nothing and reads the first.
        var command = Command("admit",
            "INSERT INTO \"CheckIns\" (\"EditionId\", \"RegistrationId\", \"ScanPointId\", \"Scope\", \"DayIndex\", \"At\", \"DeviceId\", \"StaffUserId\") " +
            "VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7) ON CONFLICT (\"RegistrationId\", \"Scope\", \"DayIndex\") DO NOTHING RETURNING \"Id\"", 8);
        Set(command, point.Edition.Id, registrationId, point.Facts.Id, decision.Scope, decision.DayIndex, Instant(at),
            request.DeviceId, request.StaffUserId);
        var id = await command.ExecuteScalarAsync(cancellationToken);
        return id is null or DBNull ? null : Convert.ToInt64(id, System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<FirstCheckIn> FirstCheckInAsync(int registrationId, int scope, int day, CancellationToken cancellationToken)
    {
        var command = Command("first",
            "SELECT c.\"Id\", c.\"At\", c.\"ScanPointId\", sp.\"Name\" FROM \"CheckIns\" c JOIN \"ScanPoints\" sp ON sp.\"Id\" = c.\"ScanPointId\" " +
            "WHERE c.\"RegistrationId\" = @p0 AND c.\"Scope\" = @p1 AND c.\"DayIndex\" = @p2", 3);
        Set(command, registrationId, scope, day);
        return await ReadCheckInAsync(command, cancellationToken)
            ?? throw new InvalidOperationException("The admission that refused the insert is gone.");
    }

    private Task<FirstCheckIn?> CheckInAsync(long id, CancellationToken cancellationToken)
    {
        var command = Command("checkin",
            "SELECT c.\"Id\", c.\"At\", c.\"ScanPointId\", sp.\"Name\" FROM \"CheckIns\" c JOIN \"ScanPoints\" sp ON sp.\"Id\" = c.\"ScanPointId\" " +
            "WHERE c.\"Id\" = @p0", 1);
        command.Parameters[0].Value = id;
        return ReadCheckInAsync(command, cancellationToken);
    }

    private async Task<FirstCheckIn?> ReadCheckInAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }
        var at = sqlite ? new DateTimeOffset(reader.GetInt64(1), TimeSpan.Zero) : reader.GetFieldValue<DateTimeOffset>(1);
        return new FirstCheckIn(reader.GetInt64(0), at, reader.GetInt32(2), reader.GetString(3));
    }

    private async Task InsertScanAsync(ScanRequest request, ScanPointRow point, DateTimeOffset at, DateTimeOffset receivedAt,
        string? code, int? registrationId, ScanVerdict verdict, long? checkInId, string? nonceKey, CancellationToken cancellationToken)
    {
        var command = Command("log",
            "INSERT INTO \"ScanLog\" (\"EditionId\", \"At\", \"ReceivedAt\", \"ScanPointId\", \"DeviceId\", \"StaffUserId\", \"Code\", " +
            "\"RegistrationId\", \"Status\", \"Reason\", \"CheckInId\", \"NonceKey\") " +
            "VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11) ON CONFLICT (\"NonceKey\") DO NOTHING", 12);
        var logged = code ?? "";
        Set(command, point.Edition.Id, Instant(at), Instant(receivedAt), point.Facts.Id, request.DeviceId, request.StaffUserId,
            logged.Length > ScanLimits.Code ? logged[..ScanLimits.Code] : logged, registrationId, verdict.Status.ToString(),
            verdict.Reason.ToString(), checkInId, nonceKey);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private object Instant(DateTimeOffset instant) => sqlite ? instant.UtcTicks : instant.ToUniversalTime();

    private DbCommand Command(string key, string sql, int parameterCount)
    {
        if (commands.TryGetValue(key, out var command))
        {
            return command;
        }
        command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 0; i < parameterCount; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            command.Parameters.Add(parameter);
        }
        commands[key] = command;
        return command;
    }

    private static void Set(DbCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in commands.Values)
        {
            await command.DisposeAsync();
        }
        commands.Clear();
    }

    private sealed record ScanPointRow(CheckInRules.ScanPointFacts Facts, string Name, CheckInRules.ScanEdition Edition);

    private sealed record FirstCheckIn(long Id, DateTimeOffset At, int ScanPointId, string ScanPointName);

    private sealed record BadgeRow(CheckInRules.BadgeFacts Facts, string Name, string? Organization, string CategoryCode,
        LocalizedText CategoryName, string? CategoryColour)
    {
        public ScanVerdict Describe(ScanVerdict verdict) => verdict with
        {
            RegistrationId = Facts.RegistrationId,
            Name = Name,
            Organization = Organization,
            CategoryCode = CategoryCode,
            CategoryName = CategoryName,
            CategoryColour = CategoryColour,
        };
    }
}

/// <summary>A judged scan: the verdict, the edition it counts for, and whether it admitted someone new.</summary>
internal sealed record ScanOutcome(ScanVerdict Verdict, int EditionId, bool Admitted);
