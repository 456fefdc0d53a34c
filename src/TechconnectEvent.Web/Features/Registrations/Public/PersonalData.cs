using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TechconnectEvent.Web.Features.Registrations.Public;

/// <summary>
/// Everything stored about the person, as they may download it: their details, the registration's state, badge and
/// printing history, and the consent they gave. Internal keys and hashes are left out; they are not about the person.
/// </summary>
public static class PersonalData
{
    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        // Names stay readable in the file (Nguyễn, 김민준) instead of \u escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static object Of(ManagedRegistration found)
    {
        var r = found.Registration;
        var edition = found.Edition;
        return new
        {
            Edition = new { edition.Year, Name = edition.Name.Vi, NameEn = edition.Name.En },
            Honorific = r.Honorific.ToString(),
            r.FullName,
            Organization = r.OrganizationName,
            r.Position,
            Category = new { found.Category.Code, Name = found.Category.Name.Vi, NameEn = found.Category.Name.En },
            r.Email,
            r.Phone,
            r.Nationality,
            DaysAttending = AttendanceDays.Of(r, edition)
                .Select(d => AttendanceDays.Date(edition, d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToArray(),
            Status = r.Status.ToString(),
            Source = r.Source.ToString(),
            r.DecisionReason,
            r.DecidedAt,
            r.RegisteredAt,
            Consent = new { Version = r.ConsentVersion, GivenAt = r.ConsentGivenAt },
            Badge = new { Code = r.BadgeCode, IssuedAt = r.BadgeIssuedAt, Reissues = r.BadgeReissues, r.PrintCount, r.LastPrintedAt },
            Ribbon = r.Ribbon?.ToString(),
            r.DeletionRequestedAt,
        };
    }
}
