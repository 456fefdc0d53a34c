using System.Globalization;
using TechconnectEvent.Web.Features.Booths.Import;
using TechconnectEvent.Web.Features.Registrations.Admin;
using TechconnectEvent.Web.Infrastructure.Operations;
using TechconnectEvent.Web.Infrastructure.Text;

namespace TechconnectEvent.Web.Features.Registrations.Import;

/// <summary>Checks every row of an invitation list and reports every problem; never stops at the first.</summary>
public static class RegistrationImportValidator
{
    public static RegistrationImportReport Validate(SpreadsheetTable table, RegistrationImportContext context)
    {
        var columnOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var header in table.Columns)
        {
            if (RegistrationImportColumns.Resolve(header) is { } column)
            {
                columnOf.TryAdd(column, header);
            }
        }
        var missing = RegistrationImportColumns.Required.Where(c => !columnOf.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            return new RegistrationImportReport(table.Rows.Count, [],
                missing.Select(c => new ImportProblem(1, c, OperationError.Of("Import.MissingColumn", c))).ToList());
        }
        if (table.Rows.Count == 0)
        {
            return RegistrationImportReport.FileProblem(OperationError.Of("Registrations.Import.NoRows"));
        }
        var problems = new List<ImportProblem>();
        var people = new List<InvitedPerson>();
        var firstRowOfEmail = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            string Get(string column) => columnOf.TryGetValue(column, out var header) ? row.Get(header) : "";
            var before = problems.Count;
            void Problem(string column, string code, params object[] arguments) =>
                problems.Add(new ImportProblem(row.Number, column, OperationError.Of(code, arguments)));
            void Rule(string column, (string Code, object[] Args)? problem)
            {
                if (problem is { } p)
                {
                    Problem(column, p.Code, p.Args);
                }
            }

            var fullName = Get(RegistrationImportColumns.FullName);
            Rule(RegistrationImportColumns.FullName, RegistrationDetailRules.CheckFullName(fullName));
            var email = RegistrationDetailRules.Clean(Get(RegistrationImportColumns.Email));
            var emailProblem = RegistrationDetailRules.CheckEmail(email, required: false);
            Rule(RegistrationImportColumns.Email, emailProblem);
            if (emailProblem is null && Registration.KeyOfEmail(email) is { } key)
            {
                if (firstRowOfEmail.TryGetValue(key, out var firstRow))
                {
                    Problem(RegistrationImportColumns.Email, "Registrations.Import.DuplicateInFile", email!, firstRow);
                }
                else
                {
                    firstRowOfEmail[key] = row.Number;
                    if (context.TakenEmailKeys.Contains(key))
                    {
                        Problem(RegistrationImportColumns.Email, "Registrations.Import.EmailExists", email!);
                    }
                }
            }
            var organization = Get(RegistrationImportColumns.Organization);
            var position = Get(RegistrationImportColumns.Position);
            var phone = Get(RegistrationImportColumns.Phone);
            Rule(RegistrationImportColumns.Organization, TooLong(organization, RegistrationLimits.Organization));
            Rule(RegistrationImportColumns.Position, TooLong(position, RegistrationLimits.Position));
            Rule(RegistrationImportColumns.Phone, RegistrationDetailRules.CheckPhone(phone));
            // An invitation list of Vietnamese guests often leaves nationality out.
            var nationality = RegistrationDetailRules.Clean(Get(RegistrationImportColumns.Nationality))?.ToUpperInvariant() ?? "VN";
            Rule(RegistrationImportColumns.Nationality, RegistrationDetailRules.CheckNationality(nationality));

            var categoryText = Get(RegistrationImportColumns.Category);
            var categoryId = 0;
            if (categoryText.Length == 0)
            {
                Problem(RegistrationImportColumns.Category, "Import.Required", RegistrationImportColumns.Category);
            }
            else if (!context.CategoryIdsByKey.TryGetValue(CategoryKey(categoryText), out categoryId))
            {
                Problem(RegistrationImportColumns.Category, "Registrations.Import.UnknownCategory", categoryText);
            }

            var honorificText = Get(RegistrationImportColumns.Honorific);
            var honorific = Honorific.None;
            if (honorificText.Length > 0 && !HonorificNames.TryParse(honorificText, out honorific))
            {
                Problem(RegistrationImportColumns.Honorific, "Registrations.Import.UnknownHonorific", honorificText);
            }

            var daysText = Get(RegistrationImportColumns.Days);
            var days = ParseDays(daysText, context.DayCount);
            if (days is null)
            {
                Problem(RegistrationImportColumns.Days, "Registrations.Import.DaysInvalid", daysText, context.DayCount);
            }

            if (problems.Count == before)
            {
                people.Add(new InvitedPerson(row.Number, RegistrationDetailRules.Clean(fullName)!, email,
                    RegistrationDetailRules.Clean(organization), RegistrationDetailRules.Clean(position), RegistrationDetailRules.Clean(phone),
                    nationality, categoryId, honorific, days!.Value));
            }
        }
        return new RegistrationImportReport(table.Rows.Count, problems.Count == 0 ? people : [], problems);
    }

    /// <summary>A category is found by its code or by its name in either language, with or without diacritics.</summary>
    public static string CategoryKey(string text) => TextFolding.Fold(text);

    private static (string, object[])? TooLong(string text, int max) =>
        text.Trim().Length > max ? ("Registrations.TooLong", [max]) : null;

    /// <summary>Day numbers of the edition ("1", "1,2", "1; 2"); blank means every day.</summary>
    private static int? ParseDays(string text, int dayCount)
    {
        var all = (1 << Math.Min(dayCount, 30)) - 1;
        if (string.IsNullOrWhiteSpace(text))
        {
            return all;
        }
        var mask = 0;
        foreach (var part in text.Split([',', ';', ' ', '+'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var day) || day < 1 || day > dayCount || day > 30)
            {
                return null;
            }
            mask |= 1 << (day - 1);
        }
        return mask == 0 ? null : mask;
    }
}

/// <summary>Honorifics as people write them in a list, in Vietnamese or English.</summary>
public static class HonorificNames
{
    private static readonly Dictionary<string, Honorific> Names = new(StringComparer.Ordinal)
    {
        ["ong"] = Honorific.Mr, ["mr"] = Honorific.Mr,
        ["ba"] = Honorific.Ms, ["ms"] = Honorific.Ms, ["mrs"] = Honorific.Ms,
        ["ts"] = Honorific.Dr, ["tien si"] = Honorific.Dr, ["dr"] = Honorific.Dr,
        ["pgs"] = Honorific.AssociateProfessor, ["pgs ts"] = Honorific.AssociateProfessor, ["pho giao su"] = Honorific.AssociateProfessor,
        ["assoc prof"] = Honorific.AssociateProfessor, ["associate professor"] = Honorific.AssociateProfessor,
        ["gs"] = Honorific.Professor, ["gs ts"] = Honorific.Professor, ["giao su"] = Honorific.Professor,
        ["prof"] = Honorific.Professor, ["professor"] = Honorific.Professor,
        ["none"] = Honorific.None,
    };

    public static bool TryParse(string text, out Honorific honorific)
    {
        var key = TextFolding.Fold(text.Replace('.', ' '));
        if (Names.TryGetValue(key, out honorific))
        {
            return true;
        }
        return Enum.TryParse(text.Trim(), ignoreCase: true, out honorific) && Enum.IsDefined(honorific);
    }
}
