using System.Text;
using TechconnectEvent.Web.Features.Registrations;
using TechconnectEvent.Web.Infrastructure.Text;

namespace TechconnectEvent.Web.Infrastructure.Data.Seeding;

/// <summary>A category as the generator sees it: how many people it still takes.</summary>
internal sealed record GeneratorCategory(int Id, string Code, bool RequiresApproval, int? Capacity, bool WaitlistWhenFull, int Taken);

/// <summary>What one run starts from: the edition's categories and days, its exhibitors, the addresses already used.</summary>
internal sealed record GeneratorPlan(
    int EditionId, int Seed, int RunNumber, IReadOnlyList<GeneratorCategory> Categories, int Days,
    IReadOnlyList<string> Exhibitors, ISet<string> UsedEmailKeys, int FirstEmailNumber,
    DateTimeOffset RegisteredFrom, DateTimeOffset RegisteredUntil, string ConsentVersion);

/// <summary>
/// Makes up registrations from a seed: the same plan (seed, run, categories, edition) gives the same people; only
/// the badge codes and management tokens, which must stay secret, come from the cryptographic generator.
/// </summary>
internal sealed class DelegateGeneratorPeople
{
    // Mostly visitors and enterprises, as at the fair; codes an organiser added get a middling weight.
    private static readonly Dictionary<string, int> CategoryWeights = new()
    {
        [RegistrationCategoryDefaults.Visitor] = 46,
        [RegistrationCategoryDefaults.Enterprise] = 24,
        [RegistrationCategoryDefaults.Academic] = 10,
        [RegistrationCategoryDefaults.ExhibitorStaff] = 8,
        [RegistrationCategoryDefaults.International] = 5,
        [RegistrationCategoryDefaults.Government] = 3,
        [RegistrationCategoryDefaults.Speaker] = 2,
        [RegistrationCategoryDefaults.Press] = 2,
    };

    private static readonly string[] CompanyForms = ["Công ty Cổ phần", "Công ty TNHH", "Công ty TNHH MTV", "Tập đoàn"];
    private static readonly string[] CompanyTrades = ["Công nghệ", "Giải pháp Số", "Năng lượng Xanh", "Vật liệu Mới", "Tự động hóa", "Logistics", "Công nghệ Sinh học", "Phần mềm", "Thiết bị Y tế", "Nông nghiệp Công nghệ cao"];
    private static readonly string[] CompanyNames = ["Sao Việt", "Hòa Phát Tech", "Trường Sơn", "Ánh Dương", "Bình Minh", "Đông Á", "Hạ Long", "Phương Nam", "Tân Tiến", "Thăng Long", "Cửu Long", "Hồng Hà"];
    private static readonly string[] InstituteFields = ["Viện Công nghệ Thông tin", "Viện Khoa học Vật liệu", "Viện Năng lượng", "Viện Cơ học", "Viện Công nghệ Sinh học", "Viện Hóa học", "Viện Nghiên cứu Hải sản"];
    private static readonly string[] Universities = ["Trường Đại học Bách khoa Hà Nội", "Trường Đại học Quốc gia Hà Nội", "Trường Đại học Bách khoa – ĐHQG TP.HCM", "Trường Đại học Cần Thơ", "Trường Đại học Đà Nẵng", "Trường Đại học Hạ Long", "Trường Đại học Mỏ – Địa chất", "Trường Đại học Thái Nguyên"];
    private static readonly string[] Provinces = ["Quảng Ninh", "Hải Phòng", "Bắc Ninh", "Thái Nguyên", "Nghệ An", "Thừa Thiên Huế", "Đà Nẵng", "Khánh Hòa", "Đồng Nai", "Cần Thơ"];
    private static readonly string[] Newsrooms = ["Báo Khoa học và Phát triển", "Báo Quảng Ninh", "Tạp chí Tia Sáng", "Đài Truyền hình Quảng Ninh", "Báo Nhân Dân", "VnExpress"];
    private static readonly string[] ForeignOrganizations = ["Institute of Advanced Technology", "Green Energy Partners", "Smart Materials Lab", "Innovation Exchange Centre", "University of Applied Sciences", "Digital Logistics Group", "Bio Health Research"];
    private static readonly string[] VietnamesePositions = ["Giám đốc", "Phó Giám đốc", "Trưởng phòng", "Phó Trưởng phòng", "Chuyên viên", "Kỹ sư", "Nghiên cứu viên", "Giảng viên", "Cán bộ kỹ thuật", "Sinh viên", "Nhân viên kinh doanh"];
    private static readonly string[] ForeignPositions = ["Director", "CEO", "Senior Engineer", "Researcher", "Professor", "Business Development Manager", "Project Manager", "Consultant"];

    private readonly GeneratorPlan plan;
    private readonly Random random;
    private readonly Dictionary<int, int> taken;
    private int emailNumber;

    public DelegateGeneratorPeople(GeneratorPlan plan)
    {
        this.plan = plan;
        // Runs on the same seed differ, so a second run adds other people rather than the same names again.
        random = new Random(unchecked(plan.Seed * 7919 + plan.RunNumber));
        taken = plan.Categories.ToDictionary(c => c.Id, c => c.Taken);
        emailNumber = plan.FirstEmailNumber;
    }

    public IEnumerable<Registration> Make(int count)
    {
        for (var i = 0; i < count; i++)
        {
            // The first few cover every category, so even a small run shows them all.
            var category = i < plan.Categories.Count && Takes(plan.Categories[i]) ? plan.Categories[i] : PickCategory();
            yield return MakeOne(category);
        }
    }

    private Registration MakeOne(GeneratorCategory category)
    {
        var foreign = category.Code == RegistrationCategoryDefaults.International || random.Next(100) < 6;
        var pool = foreign ? PickForeign() : DelegateGeneratorNames.Vietnamese;
        var female = random.Next(2) == 0;
        var (fullName, latin) = Name(pool, female);
        var registeredAt = RegisteredAt();
        var email = UniqueEmail(latin, pool.MailDomain);
        var registration = new Registration
        {
            EditionId = plan.EditionId,
            CategoryId = category.Id,
            Honorific = Honorific(category, female),
            FullName = fullName.Normalize(NormalizationForm.FormC),
            OrganizationName = Organization(category, foreign),
            Position = Pick(foreign ? ForeignPositions : VietnamesePositions),
            Email = email,
            EmailKey = Registration.KeyOfEmail(email),
            Phone = Phone(pool),
            Nationality = pool.Nationality,
            DaysMask = Days(),
            Status = Status(category),
            Source = RegistrationSource.Generated,
            RegisteredAt = registeredAt,
            BadgeCode = BadgeCodes.New(),
            BadgeIssuedAt = registeredAt,
            ManagementTokenHash = ManagementTokens.Hash(ManagementTokens.New()),
        };
        // Most came through the public form and agreed to its consent text; the rest stand for invited guests.
        if (random.Next(100) < 85)
        {
            registration.ConsentVersion = plan.ConsentVersion;
            registration.ConsentGivenAt = registeredAt;
        }
        if (registration.Status is RegistrationStatus.Confirmed or RegistrationStatus.Cancelled && category.RequiresApproval)
        {
            registration.DecidedAt = registeredAt.AddDays(random.Next(1, 4));
        }
        return registration;
    }

    private GeneratorCategory PickCategory()
    {
        var open = plan.Categories.Where(Takes).ToList();
        var choices = open.Count > 0 ? open : [.. plan.Categories];
        var total = choices.Sum(Weight);
        var roll = random.Next(total);
        foreach (var category in choices)
        {
            roll -= Weight(category);
            if (roll < 0)
            {
                return category;
            }
        }
        return choices[^1];
    }

    private bool Takes(GeneratorCategory category) =>
        category.Capacity is null || taken[category.Id] < category.Capacity || category.WaitlistWhenFull;

    private static int Weight(GeneratorCategory category) => CategoryWeights.GetValueOrDefault(category.Code, 5);

    private NamePool PickForeign()
    {
        var roll = random.Next(DelegateGeneratorNames.Foreign.Sum(f => f.Weight));
        foreach (var (pool, weight) in DelegateGeneratorNames.Foreign)
        {
            roll -= weight;
            if (roll < 0)
            {
                return pool;
            }
        }
        return DelegateGeneratorNames.Foreign[^1].Pool;
    }

    private (string Written, string Latin) Name(NamePool pool, bool female)
    {
        var family = Pick(pool.Families);
        var given = Pick(female ? pool.Female : pool.Male);
        var middles = female ? pool.FemaleMiddles : pool.MaleMiddles;
        NamePart[] parts = (middles, pool.FamilyFirst) switch
        {
            (null, true) => [family, given],
            (null, false) => [given, family],
            (_, true) => [family, Pick(middles), given],
            (_, false) => [given, Pick(middles), family],
        };
        return (string.Join(pool.Separator, parts.Select(p => p.Written)), string.Join('.', parts.Select(p => p.Latin)));
    }

    /// <summary>nguyen.van.an.4821@example.vn: the folded name, and a number no address of the edition has yet.</summary>
    private string UniqueEmail(string latinName, string domain)
    {
        var local = new string([.. TextFolding.Fold(latinName).Where(c => char.IsAsciiLetterOrDigit(c) || c == '.')]);
        while (true)
        {
            var email = $"{local}.{emailNumber++:0000}@{domain}";
            if (plan.UsedEmailKeys.Add(email))
            {
                return email;
            }
        }
    }

    private string Organization(GeneratorCategory category, bool foreign)
    {
        if (foreign)
        {
            return Pick(ForeignOrganizations);
        }
        return category.Code switch
        {
            RegistrationCategoryDefaults.ExhibitorStaff when plan.Exhibitors.Count > 0 => Pick(plan.Exhibitors),
            RegistrationCategoryDefaults.Academic => random.Next(2) == 0 ? Pick(Universities) : Pick(InstituteFields),
            RegistrationCategoryDefaults.Government => $"Sở Khoa học và Công nghệ tỉnh {Pick(Provinces)}",
            RegistrationCategoryDefaults.Press => Pick(Newsrooms),
            _ when plan.Exhibitors.Count > 0 && random.Next(4) == 0 => Pick(plan.Exhibitors),
            _ => $"{Pick(CompanyForms)} {Pick(CompanyTrades)} {Pick(CompanyNames)}",
        };
    }

    private Honorific Honorific(GeneratorCategory category, bool female)
    {
        if (category.Code == RegistrationCategoryDefaults.Academic && random.Next(3) == 0)
        {
            return Pick([Features.Registrations.Honorific.Dr, Features.Registrations.Honorific.AssociateProfessor, Features.Registrations.Honorific.Professor]);
        }
        return female ? Features.Registrations.Honorific.Ms : Features.Registrations.Honorific.Mr;
    }

    private string Phone(NamePool pool)
    {
        if (pool.Nationality == "VN")
        {
            string[] mobile = ["90", "91", "93", "94", "96", "97", "98", "86", "88", "89", "32", "35", "39", "70", "77", "81", "83"];
            return $"+84 {Pick(mobile)} {random.Next(1000):000} {random.Next(10000):0000}";
        }
        return $"{pool.PhonePrefix}{random.Next(10):0} {random.Next(10000):0000} {random.Next(10000):0000}";
    }

    /// <summary>Most attend every day; the others one day each.</summary>
    private int Days()
    {
        var all = (1 << plan.Days) - 1;
        return plan.Days <= 1 || random.Next(100) < 60 ? all : 1 << random.Next(plan.Days);
    }

    private RegistrationStatus Status(GeneratorCategory category)
    {
        var roll = random.Next(100);
        RegistrationStatus status;
        if (roll < 4)
        {
            status = RegistrationStatus.Cancelled;
        }
        else if (category.Capacity is { } capacity && taken[category.Id] >= capacity)
        {
            // Never past a limit: a full category takes only its waiting list (PickCategory avoids the others).
            return RegistrationStatus.Waitlisted;
        }
        else
        {
            status = category.RequiresApproval && roll < 60 ? RegistrationStatus.Pending : RegistrationStatus.Confirmed;
        }
        if (status != RegistrationStatus.Cancelled)
        {
            taken[category.Id]++;
        }
        return status;
    }

    private DateTimeOffset RegisteredAt()
    {
        var span = plan.RegisteredUntil - plan.RegisteredFrom;
        // Later weeks busier, as registrations pick up towards the fair: the larger of two draws leans late.
        var share = Math.Max(random.NextDouble(), random.NextDouble());
        return plan.RegisteredFrom + TimeSpan.FromSeconds(Math.Floor(span.TotalSeconds * share));
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
