using TechconnectEvent.Web.Features.Booths.Import;
using TechconnectEvent.Web.Infrastructure.Operations;

namespace TechconnectEvent.Web.Features.Registrations.Import;

/// <summary>A valid row of an invitation list, ready to become a registration.</summary>
public sealed record InvitedPerson(int Row, string FullName, string? Email, string? OrganizationName, string? Position, string? Phone,
    string Nationality, int CategoryId, Honorific Honorific, int DaysMask);

/// <summary>Everything found in an invitation list: the people that would be registered and every problem, row by row.</summary>
public sealed record RegistrationImportReport(int RowCount, IReadOnlyList<InvitedPerson> People, IReadOnlyList<ImportProblem> Problems)
{
    public bool IsValid => Problems.Count == 0 && People.Count > 0;

    public static RegistrationImportReport FileProblem(OperationError error) => new(0, [], [new ImportProblem(null, null, error)]);

    public static RegistrationImportReport From(BoothImportReport fileProblem) => new(fileProblem.RowCount, [], fileProblem.Problems);
}

public sealed record RegistrationImportResult(RegistrationImportReport Report, int Imported)
{
    public bool Succeeded => Imported > 0;
}

/// <summary>What rows are checked against: the edition's categories by code and by name, its days and the e-mails taken.</summary>
public sealed record RegistrationImportContext(
    IReadOnlyDictionary<string, int> CategoryIdsByKey, int DayCount, IReadOnlySet<string> TakenEmailKeys);
